package org.idealoop.infrastructure.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the search index holds for one idea, comment or story (see {@code search/content-v2.json}).
 * Comments carry their idea's number, title, status and filing, so they can be faceted alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchDocument(String key, String type, Long number, Long commentId, String title, String body,
                             List<String> suggest, String status, String team, String category,
                             List<String> tags, String author, Integer score, Integer popularity,
                             Integer upVotes, Integer downVotes, Integer voters, Integer followers,
                             String createdAt, String updatedAt) {

    static String key(String type, long id) {
        return type + "-" + id;
    }
}
