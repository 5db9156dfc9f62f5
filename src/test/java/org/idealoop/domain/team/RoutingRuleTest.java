package org.idealoop.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

    static final RoutingRule BILLING_WORD = new RoutingRule(1, 10, RoutingRule.KEYWORD, "invoice");
    static final RoutingRule MOBILE_TAG = new RoutingRule(2, 20, RoutingRule.TAG, "mobile-app");
    static final RoutingRule PAYMENTS_TAG = new RoutingRule(3, 30, RoutingRule.TAG, "payments");
    static final List<RoutingRule> RULES = List.of(BILLING_WORD, MOBILE_TAG, PAYMENTS_TAG);

    @Test
    void aTagRuleWinsOverAKeywordInTheOrderOfTheIdeasTags() {
        assertEquals(Optional.of(PAYMENTS_TAG),
                RoutingRule.firstMatch(RULES, "An Invoice in PDF", "", List.of("payments", "mobile-app")));
    }

    @Test
    void aKeywordMatchesTitleOrBodyWhateverTheCase() {
        assertEquals(Optional.of(BILLING_WORD), RoutingRule.firstMatch(RULES, "PDF export", "of every INVOICE", List.of()));
    }

    @Test
    void nothingMatchingIsEmpty() {
        assertEquals(Optional.empty(), RoutingRule.firstMatch(RULES, "Dark mode", null, List.of("themes")));
    }

    @Test
    void aValueThatCouldNeverMatchIsRefused() {
        assertEquals("value", assertThrows(InvalidFieldException.class,
                () -> RoutingRule.valueOf(RoutingRule.KEYWORD, "   ")).field());
        assertEquals("team.rule.value.punctuation", assertThrows(InvalidFieldException.class,
                () -> RoutingRule.valueOf(RoutingRule.KEYWORD, "?! ...")).messageKey());
        assertEquals("team.rule.value.punctuation", assertThrows(InvalidFieldException.class,
                () -> RoutingRule.valueOf(RoutingRule.TAG, "--")).messageKey());
        assertEquals("kind", assertThrows(InvalidFieldException.class,
                () -> RoutingRule.valueOf("regex", "x+")).field());
    }

    @Test
    void keywordsAreStoredLowerCaseAndTagsAsSlugs() {
        assertEquals("invoice", RoutingRule.valueOf(RoutingRule.KEYWORD, "  Invoice "));
        assertEquals("mobile-app", RoutingRule.valueOf(RoutingRule.TAG, "Mobile App"));
    }
}
