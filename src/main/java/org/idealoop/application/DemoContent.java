package org.idealoop.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteRepository;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.member.DisplayName;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.PasswordHasher;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.domain.workflow.StatusWorkflow;

/**
 * Seeds the demo community on the first start of an embedded run ({@code idealoop.demo.enabled=true}).
 * Does nothing when ideas exist already, so a restart never duplicates the demo.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "idealoop.demo.enabled", defaultValue = "false")
    boolean enabled;

    /** The password of every demo account (documented in the README; demo installs only). */
    public static final String DEMO_PASSWORD = "idealoop-demo";

    @Inject
    IdeaService ideas;

    @Inject
    MemberRepository members;

    @Inject
    TeamRepository teams;

    @Inject
    PasswordHasher hasher;

    @Inject
    CategoryRepository categories;

    @Inject
    VoteRepository votes;

    @Inject
    CommentRepository comments;

    @Inject
    org.idealoop.domain.workflow.WorkflowRepository workflow;

    @Inject
    org.idealoop.domain.product.ProductRepository products;

    @Inject
    org.idealoop.domain.rating.RatingRepository ratings;

    @Inject
    org.idealoop.domain.story.StoryRepository stories;

    @Inject
    jakarta.enterprise.event.Event<org.idealoop.domain.search.SearchDocumentChanged> searchable;

    @PostConstruct
    void seed() {
        if (!enabled || ideas.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        String hash = hasher.hash(DEMO_PASSWORD);
        List<Long> authors = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (String[] account : read("demo/members.tsv")) {
            Member member = members.add(Member.signUp(new EmailAddress(account[0]), new DisplayName(account[1]),
                    hash, now.minus(Duration.ofDays(60))));
            member.verifyEmail(now);
            Set<Role> roles = EnumSet.of(Role.MEMBER);
            for (String role : account[2].split(",")) {
                roles.add(Role.valueOf(role.strip()));
            }
            member.assignRoles(roles);
            ids.put(account[0], member.id());
            if (roles.size() == 1) {
                authors.add(member.id());
            }
        }
        Map<String, Long> teamIds = new HashMap<>();
        for (String[] row : read("demo/teams.tsv")) {
            ProductTeam team = teams.add(new ProductTeam(row[0], row[1], row[2], now));
            teamIds.put(team.slug(), team.id());
            for (String staff : row[3].split(";")) {
                String[] emailAndOwns = staff.split("=", 2);
                teams.addMember(new TeamMembership(team.id(), ids.get(emailAndOwns[0].strip()), emailAndOwns[1].strip()));
            }
        }
        List<Category> filed = new ArrayList<>();
        for (String[] row : read("demo/categories.tsv")) {
            filed.add(categories.add(new Category(row[0], row[1], teamIds.get(row[2]), now)));
        }
        List<String[]> rows = read("demo/ideas.tsv");
        // Spread the ideas over the past weeks, oldest first, so "newest" reads naturally.
        List<Long> voters = new ArrayList<>(ids.values());
        for (int i = 0; i < rows.size(); i++) {
            Instant createdAt = now.minus(Duration.ofHours(7L * (rows.size() - i)));
            Category category = filed.get(i % filed.size());
            long number = ideas.postAs(authors.get(i % authors.size()), rows.get(i)[0], rows.get(i)[1], createdAt,
                    category.id(), category.teamId()).number();
            // A community in motion: some ideas gather many supporters, a few are demoted.
            for (int v = 0; v < voters.size(); v++) {
                int roll = (i * 7 + v * 3) % 11;
                if (roll < 6) {
                    votes.set(votes.lockForVote(number, voters.get(v)).orElseThrow(),
                            Optional.of(roll == 0 && i % 4 == 0 ? VoteDirection.DOWN : VoteDirection.UP), 0);
                }
            }
        }
        List<String[]> discussion = read("demo/comments.tsv");
        for (String[] row : discussion) {
            long number = Long.parseLong(row[0]);
            Member author = members.findByEmail(new EmailAddress(row[1])).orElseThrow();
            comments.add(Comment.write(number, Optional.empty(), author.id(), row[2], author.isStaff(), now));
            comments.recount(number);
            votes.rerank(number);
        }
        // Teams answering: the timeline, the roadmap and Ideas in Action have something to show.
        for (String[] row : read("demo/status.tsv")) {
            long number = Long.parseLong(row[0]);
            Idea idea = ideas.findByNumber(number).orElse(null);
            if (idea == null) {
                continue;
            }
            long actor = idea.teamId().flatMap(team -> teams.memberships().stream()
                    .filter(m -> m.teamId() == team).map(TeamMembership::memberId).findFirst())
                    .orElse(ids.get("ada.admin@demo.idealoop.org"));
            org.idealoop.domain.idea.IdeaStatus to = org.idealoop.domain.idea.IdeaStatus.fromId(row[1]).orElseThrow();
            // The seed tells each idea's story in one move, whatever moves the workflow allows between.
            var oneMove = new StatusWorkflow(Set.of(new StatusWorkflow.Transition(idea.status(), to)));
            long event = workflow.addEvent(idea.changeStatus(to, actor, row[2], oneMove, now));
            workflow.notifyFollowers(event, number, idea.teamId(), actor, now);
        }
        // Products with ratings and stories, so the insight dashboard has something to show.
        List<Long> customers = new ArrayList<>(authors);
        Map<String, Long> productIds = new HashMap<>();
        for (String[] row : read("demo/products.tsv")) {
            var product = products.add(org.idealoop.domain.idea.Slug.of(row[0]), row[0], teamIds.get(row[1]), now);
            productIds.put(row[0], product.id());
            for (int c = 0; c < customers.size(); c++) {
                int csat = 2 + (c * 3 + row[0].length()) % 4;
                int nps = Math.min(10, csat * 2 + c % 3);
                ratings.rate(product.id(), customers.get(c), csat, nps, null, now.minus(Duration.ofDays(3L * c)));
            }
        }
        List<String[]> storyRows = read("demo/stories.tsv");
        for (int s = 0; s < storyRows.size(); s++) {
            String[] row = storyRows.get(s);
            long story = stories.add(org.idealoop.domain.story.Story.tell(productIds.get(row[0]),
                    customers.get(s % customers.size()), org.idealoop.domain.story.StoryKind.fromId(row[1]).orElseThrow(),
                    row[2], row[3], row.length > 4 && !row[4].isBlank() ? Integer.valueOf(row[4]) : null, now)).id();
            if (row.length > 5 && !row[5].isBlank()) {
                stories.link(story, Long.parseLong(row[5]), ids.get("ada.admin@demo.idealoop.org"), now);
            }
            searchable.fire(new org.idealoop.domain.search.SearchDocumentChanged(org.idealoop.domain.search.SearchType.STORY, story));
        }
        LOG.info(() -> "Seeded " + ids.size() + " demo members and " + rows.size() + " demo ideas");
    }

    static List<String[]> read(String resource) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + resource));
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
