package org.idealoop.domain.category;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Categories and tags, and which tags an idea carries. */
public interface CategoryRepository {

    Category add(Category category);

    List<Category> categories();

    Optional<Category> findCategory(String slug);

    /** For reading: may come from memory, so it must not be changed (see {@link #lockForChange}). */
    Optional<Category> findCategory(long id);

    /** A fresh, managed read with a row lock, for renaming or deleting the category. */
    Optional<Category> lockForChange(long id);

    /**
     * Adds the tag unless one with its slug exists, also one added by a concurrent transaction (this
     * waits for it); true when this call added it. Read it back with {@link #findTag(String)}.
     */
    boolean addTagIfAbsent(Tag tag);

    List<Tag> tags();

    Optional<Tag> findTag(String slug);

    void tagIdea(long ideaNumber, Collection<Tag> tags);

    /** Tag names per idea number. */
    Map<Long, List<String>> tagsOf(Collection<Long> ideaNumbers);

    /** How many ideas (merged and hidden ones too) are filed under each category of the team, by category id. */
    Map<Long, Long> ideaCounts(long teamId);

    /** Files every idea of one category under another; the numbers of the ideas moved. */
    List<Long> moveIdeas(long fromCategoryId, long toCategoryId);

    void remove(Category category);
}
