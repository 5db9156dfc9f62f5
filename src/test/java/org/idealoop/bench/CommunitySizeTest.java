package org.idealoop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunitySizeTest {

    @Test
    void nonsenseSizesAreRefusedWithAMessageNamingThem() {
        assertEquals("votes (1,001) cannot exceed members × ideas (10 × 100 = 1,000): a member votes once per idea",
                assertThrows(IllegalArgumentException.class, () -> new CommunitySize(10, 100, 1_001, 0, 0, 0)).getMessage());
        assertEquals("ideas must not be negative (got -5)",
                assertThrows(IllegalArgumentException.class, () -> new CommunitySize(10, -5, 0, 0, 0, 0)).getMessage());
        assertEquals("members must be a whole number (like 100000 or 100_000), not 'lots'",
                assertThrows(IllegalArgumentException.class,
                        () -> CommunitySize.parse(Map.of("members", "lots")::get)).getMessage());
        assertEquals("comments need ideas: ideas must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> new CommunitySize(10, 0, 0, 5, 0, 0)).getMessage());
    }

    @Test
    void sizesReadWithSeparatorsAndDefaultsForTheRest() {
        CommunitySize size = CommunitySize.parse(Map.of("members", "100_000", "ideas", "1,000,000")::get);
        assertEquals(100_000, size.members());
        assertEquals(1_000_000, size.ideas());
        assertEquals(CommunitySize.small().votes(), size.votes());
    }

    @Test
    void votesAndCommentsAddUpExactlyAndNoMemberVotesTwiceForAnIdea() {
        CommunityPlan plan = new CommunityPlan(new CommunitySize(50, 400, 19_000, 3_000, 0, 0), "secret");
        long votes = 0;
        long comments = 0;
        for (int i = 0; i < 400; i++) {
            Set<Long> voters = new HashSet<>();
            for (int k = 0; k < plan.votesOf(i); k++) {
                assertEquals(true, voters.add(plan.voter(i, k)), "idea " + i + " voter " + k);
            }
            votes += plan.votesOf(i);
            comments += plan.commentsOf(i);
            for (int j = 0; j < plan.commentsOf(i); j++) {
                assertEquals(i, plan.ideaOfComment(plan.firstCommentOf(i) + j));
            }
        }
        assertEquals(19_000, votes);
        assertEquals(3_000, comments);
        assertEquals(plan.token(3), new CommunityPlan(new CommunitySize(50, 400, 0, 0, 0, 0), "secret").token(3),
                "tokens derive from the secret alone");
    }
}
