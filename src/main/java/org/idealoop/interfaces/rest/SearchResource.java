package org.idealoop.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.SearchService;
import org.idealoop.domain.search.SearchResult;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Full-text search over ideas, answered by Elasticsearch")
    public SearchResult search(@QueryParam("q") String q,
                               @QueryParam("limit") @DefaultValue("20") String limit) {
        return search.search(q, Limits.parse(limit));
    }
}
