package org.idealoop.domain.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void theConstantForNamedQueriesIsTheJpqlRuleForAliasI() {
        assertEquals(Visibility.Jpql.idea("i"), Visibility.IDEA_I);
    }

    @Test
    void anIdeaIsVisibleWhenNeitherHiddenNorHeld() {
        assertEquals("x.hidden_at IS NULL AND x.held_at IS NULL", Visibility.idea("x"));
        assertEquals("x.hiddenAt IS NULL AND x.heldAt IS NULL", Visibility.Jpql.idea("x"));
    }

    @Test
    void aHeldIdeaIsVisibleToItsAuthorOnlyAndAHiddenOneToNoVisitor() {
        assertEquals("i.hidden_at IS NULL AND (i.held_at IS NULL OR i.author_id = n.member_id)",
                Visibility.ideaFor("i", "n.member_id"));
        assertEquals("i.hiddenAt IS NULL AND (i.heldAt IS NULL OR i.authorId = :me)", Visibility.Jpql.ideaFor("i", ":me"));
    }

    @Test
    void staffViewsShowHeldIdeasButNotHiddenOnes() {
        assertEquals("i.hidden_at IS NULL", Visibility.ideaForStaff("i"));
        assertEquals("i.hiddenAt IS NULL", Visibility.Jpql.ideaForStaff("i"));
    }

    @Test
    void commentsAndStories() {
        assertEquals("c.hidden_at IS NULL AND c.held_at IS NULL", Visibility.comment("c"));
        assertEquals("c.hiddenAt IS NULL AND c.heldAt IS NULL", Visibility.Jpql.comment("c"));
        assertEquals("s.hidden_at IS NULL", Visibility.story("s"));
    }
}
