package org.idealoop.domain.category;

import java.util.List;
import java.util.Optional;

/**
 * Tag curation: tags with how many ideas carry them, and the changes admins make to the set of tags
 * (rename, merge one into another, delete). Adding tags and tagging ideas is {@link CategoryRepository}'s.
 */
public interface TagRepository {

    /** A tag and the number of ideas carrying it. */
    record TagUse(long id, String slug, String name, long ideas) {
    }

    /** Tags whose name or slug contains {@code text} (all when blank), by name, from {@code offset}. */
    List<TagUse> uses(String text, int offset, int limit);

    Optional<TagUse> use(String slug);

    /** The tag, its row locked until the transaction ends: ideas cannot be tagged with it meanwhile. */
    Optional<TagUse> lock(String slug);

    /** The numbers of the ideas carrying the tag. */
    List<Long> ideasCarrying(long tagId);

    void rename(long tagId, String slug, String name);

    /** Ideas carrying {@code fromId} carry {@code intoId} instead, once each; {@code fromId} is deleted. */
    void merge(long fromId, long intoId);

    /** Takes the tag off every idea and deletes it. */
    void delete(long tagId);

    /** Routing rules on the tag {@code fromSlug} route by {@code toSlug} (one rule per slug is kept). */
    void moveRules(String fromSlug, String toSlug);
}
