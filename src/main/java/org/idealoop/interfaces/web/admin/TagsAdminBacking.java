package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.idealoop.application.Paged;
import org.idealoop.application.TagService;
import org.idealoop.domain.category.TagRepository.TagUse;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/tags: tag curation. The tags with their idea counts, searched and paged; for the tag picked from
 * the list (?tag=), forms to rename it, merge it into another and delete it (both confirmed first). After
 * a change the page opens again on what stays, with the outcome at its top.
 */
@Named
@ViewScoped
public class TagsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/admin/tags";

    @Inject
    TagService tags;

    private String q;
    private Integer page;

    /** The tag being curated (from ?tag=). */
    private String tag;
    private transient TagUse picked;
    private String name;
    private String into;

    private transient Paged<TagUse> listing;

    /** Reads the picked tag; an unknown one is the 404 page. */
    public void load() {
        if (tag != null && !tag.isBlank()) {
            picked = tags.tag(tag);
            name = picked.name();
        }
    }

    public void rename() {
        String before = getPicked().name();
        TagUse renamed = tags.rename(tag, name);
        Pages.info("admin.tags.renamed", before, renamed.name());
        Pages.keepMessages();
        Pages.redirect(PATH + "?tag=" + renamed.slug());
    }

    public void merge() {
        String before = getPicked().name();
        TagUse kept = tags.merge(tag, into);
        Pages.info("admin.tags.merged", before, kept.name(), kept.ideas());
        Pages.keepMessages();
        Pages.redirect(PATH + "?tag=" + kept.slug());
    }

    public void delete() {
        String before = getPicked().name();
        int ideas = tags.delete(tag);
        Pages.info("admin.tags.deleted", before, ideas);
        Pages.keepMessages();
        Pages.redirect(ListLinks.page(PATH, q, 1));
    }

    public Paged<TagUse> getListing() {
        if (listing == null) {
            listing = tags.tags(q, page);
        }
        return listing;
    }

    public String pageLink(int number) {
        return ListLinks.page(PATH, q, number);
    }

    public TagUse getPicked() {
        if (picked == null && tag != null && !tag.isBlank()) {
            picked = tags.tag(tag);
        }
        return picked;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }
}
