package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.category.Tag;
import org.idealoop.domain.category.TagRepository;
import org.idealoop.domain.category.TagRepository.TagUse;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;

/**
 * Tag curation by admins: rename a tag, merge one into another, delete one. Each is one transaction
 * with its audit entry; the ideas it touches are queued for the search index in the same transaction
 * (the search outbox), so the index's tag facets follow. Routing rules on a tag follow a rename or merge.
 */
@ApplicationScoped
@Transactional
public class TagService {

    public static final int PAGE = 25;

    private static final Logger LOG = Logger.getLogger(TagService.class.getName());

    @Inject
    TagRepository tags;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    @Inject
    Event<SearchDocumentChanged> searchable;

    /** A page of tags with their idea counts, by name; {@code text} narrows to names or slugs containing it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<TagUse> tags(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        String q = text == null ? "" : text.strip();
        if (q.length() > 40) {
            throw new InvalidFieldException("q", "tags.q.length");
        }
        int p = Paged.number(page);
        return Paged.of(tags.uses(q, (p - 1) * PAGE, PAGE + 1), p, PAGE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TagUse tag(String slug) {
        currentMember.requireRole(Role.ADMIN);
        return tags.use(clean(slug)).orElseThrow(() -> new NotFoundException("tag " + slug));
    }

    /** A new name (and the slug made from it); a name whose slug another tag has is a conflict. */
    public TagUse rename(String slug, String name) {
        currentMember.requireRole(Role.ADMIN);
        TagUse tag = locked(slug);
        String newName = Tag.validName("name", name);
        String newSlug = Tag.slugOf(newName);
        if (!newSlug.equals(tag.slug()) && tags.use(newSlug).isPresent()) {
            throw new ConflictException("name", "tag.exists");
        }
        tags.rename(tag.id(), newSlug, newName);
        tags.moveRules(tag.slug(), newSlug);
        List<Long> ideas = reindex(tag);
        audit.record("tag_rename", ContentType.TAG, tag.id(), describe(tag.slug(), tag.name()), describe(newSlug, newName));
        LOG.info(() -> "Tag " + tag.id() + " renamed " + tag.slug() + " -> " + newSlug + " (" + ideas.size() + " ideas)");
        return tags.use(newSlug).orElseThrow();
    }

    /**
     * Folds a tag into another (given by slug or name): the ideas carrying it carry the other one, once
     * each; the tag is gone. Returns the tag that stays.
     */
    public TagUse merge(String slug, String into) {
        currentMember.requireRole(Role.ADMIN);
        TagUse from = locked(slug);
        String intoSlug = into == null || into.isBlank() ? "" : Tag.slugOf(into.strip());
        if (intoSlug.isEmpty()) {
            throw new InvalidFieldException("into", "tag.merge.required");
        }
        if (intoSlug.equals(from.slug())) {
            throw new InvalidFieldException("into", "tag.merge.self");
        }
        TagUse target = tags.lock(intoSlug).orElseThrow(() -> new InvalidFieldException("into", "tag.merge.unknown"));
        List<Long> ideas = reindex(from);
        tags.merge(from.id(), target.id());
        tags.moveRules(from.slug(), target.slug());
        audit.record("tag_merge", ContentType.TAG, from.id(), describe(from.slug(), from.name()),
                "into=" + target.slug() + " ideas=" + ideas.size());
        LOG.info(() -> "Tag " + from.id() + " merged into tag " + target.id() + " (" + ideas.size() + " ideas)");
        return tags.use(target.slug()).orElseThrow();
    }

    /** Takes the tag off every idea and deletes it; returns how many ideas carried it. */
    public int delete(String slug) {
        currentMember.requireRole(Role.ADMIN);
        TagUse tag = locked(slug);
        List<Long> ideas = reindex(tag);
        tags.delete(tag.id());
        audit.record("tag_delete", ContentType.TAG, tag.id(), describe(tag.slug(), tag.name()), "ideas=" + ideas.size());
        LOG.info(() -> "Tag " + tag.id() + " (" + tag.slug() + ") deleted from " + ideas.size() + " ideas");
        return ideas.size();
    }

    private TagUse locked(String slug) {
        return tags.lock(clean(slug)).orElseThrow(() -> new NotFoundException("tag " + slug));
    }

    /** Queues the ideas carrying the tag for the index (written with this transaction, read after it). */
    private List<Long> reindex(TagUse tag) {
        List<Long> ideas = tags.ideasCarrying(tag.id());
        ideas.forEach(number -> searchable.fire(new SearchDocumentChanged(SearchType.IDEA, number)));
        return ideas;
    }

    private static String clean(String slug) {
        return slug == null ? "" : slug.strip();
    }

    private static String describe(String slug, String name) {
        return "slug=" + slug + " name=" + name;
    }
}
