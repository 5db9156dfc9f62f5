package org.idealoop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** -Dbench.scenarios: a comma list of scenario names, run in the benchmark's order; blank runs all. */
class ScenarioSelectionTest {

    @Test
    void blankRunsAll() {
        assertEquals(List.of(IdealoopSimulation.SCENARIOS), IdealoopSimulation.selected(""));
        assertEquals(List.of(IdealoopSimulation.SCENARIOS), IdealoopSimulation.selected(null));
        assertEquals(List.of(IdealoopSimulation.SCENARIOS), IdealoopSimulation.selected(" , "));
    }

    @Test
    void aCommaListInTheBenchmarksOrder() {
        assertEquals(List.of("api list page 1", "search with facets", "similar while typing"),
                IdealoopSimulation.selected("similar while typing, search with facets,api list page 1,search with facets"));
        // as the forked Gatling JVM receives it from the Maven plugin: inside the quotes it added for the spaces
        assertEquals(List.of("search with facets", "similar while typing"),
                IdealoopSimulation.selected("\"search with facets,similar while typing\""));
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdealoopSimulation.selected("search with facets,serach"));
        assertEquals("Unknown scenario 'serach' in bench.scenarios; known: home page, idea page, api list page 1, "
                + "api deep page, vote, comment, search with facets, similar while typing (a comma list; blank runs all)",
                e.getMessage());
    }
}
