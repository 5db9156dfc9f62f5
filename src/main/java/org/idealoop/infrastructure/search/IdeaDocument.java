package org.idealoop.infrastructure.search;

import org.idealoop.domain.idea.Idea;

/** What the ideas index holds for one idea. */
public record IdeaDocument(long number, String title, String body, String createdAt) {

    static IdeaDocument of(Idea idea) {
        return new IdeaDocument(idea.number(), idea.title(), idea.body(), idea.createdAt().toString());
    }
}
