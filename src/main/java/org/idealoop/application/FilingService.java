package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.category.Tag;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;

/** Categories and tags: reading them, and staff creating tags. */
@ApplicationScoped
@Transactional
public class FilingService {

    @Inject
    CategoryRepository categories;

    @Inject
    TeamRepository teams;

    @Inject
    @ConfigProperty(name = "idealoop.tags.free", defaultValue = "true")
    boolean freeTags;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FiledCategory> categories() {
        Map<Long, ProductTeam> byId = new HashMap<>();
        teams.all().forEach(team -> byId.put(team.id(), team));
        return categories.categories().stream()
                .map(c -> new FiledCategory(c, byId.get(c.teamId()).slug(), byId.get(c.teamId()).name()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tag> tags() {
        return categories.tags();
    }

    /** The slugs of the product teams. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> teams() {
        return teams.all().stream().map(ProductTeam::slug).toList();
    }

    /** A new tag; an existing one (also one created at the same moment by someone else) is a conflict. */
    public Tag createTag(String name) {
        Tag tag = new Tag(Tag.validName("name", name), Instant.now()); // the request's field is "name"
        if (categories.findTag(tag.slug()).isPresent() || !categories.addTagIfAbsent(tag)) {
            throw new ConflictException("name", "tag.exists");
        }
        return categories.findTag(tag.slug()).orElseThrow();
    }

    /**
     * The tags named for a new idea (at most {@link Tag#MAX_PER_IDEA}, duplicates once): existing ones, and new ones
     * created on the way unless the install allows only its own tags ({@code idealoop.tags.free}).
     */
    public List<Tag> resolveTags(List<String> names) {
        java.util.LinkedHashMap<String, String> bySlug = new java.util.LinkedHashMap<>();
        for (String name : names) {
            String valid = Tag.validName(name);
            bySlug.putIfAbsent(Tag.slugOf(valid), valid);
        }
        if (bySlug.size() > Tag.MAX_PER_IDEA) {
            throw new InvalidFieldException("tags", "idea.tags.tooMany");
        }
        List<Tag> found = new java.util.ArrayList<>();
        bySlug.forEach((slug, name) -> found.add(categories.findTag(slug).orElseGet(() -> {
            if (!freeTags) {
                throw new InvalidFieldException("tags", "idea.tags.unknown");
            }
            categories.addTagIfAbsent(new Tag(name, Instant.now())); // or a concurrent post added it
            return categories.findTag(slug).orElseThrow();
        })));
        return found;
    }

    public record FiledCategory(Category category, String teamSlug, String teamName) {
    }
}
