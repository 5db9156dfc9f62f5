package org.idealoop.domain.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdeaFilterTest {

    @Test
    void startsWithNoFiltersFromTheFirstIdea() {
        IdeaFilter filter = IdeaFilter.sortedBy(IdeaSort.HOT);
        assertEquals(IdeaSort.HOT, filter.sort());
        assertNull(filter.status());
        assertFalse(filter.mine());
        assertFalse(filter.votedByMe());
        assertNull(filter.team());
        assertEquals(Optional.empty(), filter.after());
        assertEquals(IdeaFilter.DEFAULT_LIMIT, filter.limit());
    }

    @Test
    void eachWithChangesOnlyItsOwnField() {
        IdeaQuery.Position after = new IdeaQuery.Position(IdeaSort.TOP, 3, 0.4, 17);
        IdeaFilter filter = IdeaFilter.sortedBy(IdeaSort.TOP).status("planned").mine(true).votedByMe(true)
                .team("mobile").category("ux").tag("dark-mode").after(Optional.of(after)).limit(21);
        assertEquals(new IdeaFilter(IdeaSort.TOP, "planned", true, true, "mobile", "ux", "dark-mode",
                Optional.of(after), 21), filter);
    }
}
