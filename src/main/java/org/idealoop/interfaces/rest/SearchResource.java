package org.idealoop.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.SearchService;
import org.idealoop.domain.search.SearchResult;
import org.idealoop.domain.search.Suggestion;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Full-text search over ideas, comments and stories (Elasticsearch): typo tolerant, "
            + "\"quoted phrases\", highlighted fragments, facet counts, one page at a time (follow nextCursor). "
            + "Without q, lists by sort. 503 when search is unavailable")
    public SearchResult search(@QueryParam("q") String q,
                               @QueryParam("type") String type,
                               @QueryParam("status") String status,
                               @QueryParam("team") String team,
                               @QueryParam("category") String category,
                               @QueryParam("tag") String tag,
                               @QueryParam("sort") String sort,
                               @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @DefaultValue("20") String limit) {
        return search.search(q, type, status, team, category, tag, sort, cursor, Limits.parse(limit));
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Idea titles for what was typed so far (title autocomplete)")
    public List<Suggestion> suggestions(@QueryParam("q") String q) {
        return search.suggest(q);
    }
}
