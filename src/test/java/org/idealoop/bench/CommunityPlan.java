package org.idealoop.bench;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every generated row as a pure function of its index, so a second run (after Ctrl-C, or on purpose) writes
 * the very same rows with the very same keys and {@code INSERT IGNORE} adds nothing twice. Generated rows
 * carry ids from {@link #BASE} up (members, ideas, comments, stories, ratings and tokens alike); member
 * {@code BASE} is the benchmark's admin, members {@code BASE + 1 ...} its crowd.
 *
 * <p>Votes and comments are skewed as in a real forum (a few ideas draw most of them): idea {@code i}'s share
 * is {@code u^-0.75} for a uniform {@code u} drawn from its index. Idea {@code i}'s {@code k}-th voter is member
 * {@code (start(i) + k) mod members}, so no member votes twice for one idea.
 */
public final class CommunityPlan {

    public static final long BASE = 10_000_000L;

    private static final String[] VERBS = {"Add", "Allow", "Support", "Improve", "Show", "Let us export", "Offer",
        "Speed up", "Simplify", "Bring back", "Sync", "Schedule", "Share", "Filter", "Customise", "Translate"};
    private static final String[] THINGS = {"dark mode", "offline sync", "battery report", "keyboard backlight",
        "invoice export", "two-factor sign-in", "bulk edit", "firmware updates", "webhook retries", "usage alerts",
        "calendar view", "audit log", "team roles", "spare parts", "driver downloads", "cloud backups",
        "dock support", "screen calibration", "API quotas", "SSO groups", "CSV import", "status page",
        "warranty lookup", "print queue", "fan profiles", "storage tiers", "VPN profiles", "release notes"};
    private static final String[] PLACES = {"the mobile app", "the admin console", "laptops", "the support portal",
        "cloud services", "the dashboard", "small teams", "enterprise accounts", "Linux", "the web shop",
        "monitors", "servers", "the billing page", "field engineers"};
    private static final String[] WHY = {"It would save us hours every week.", "Our whole team asked for this.",
        "Competitors already offer it.", "Customers keep asking our help desk about it.",
        "It is the one thing stopping us from rolling it out.", "Today we work around it with spreadsheets."};

    private final CommunitySize size;
    private final String secret;
    private final int[] votesOf;
    private final int[] commentsOf;
    private final long[] firstComment;

    public CommunityPlan(CommunitySize size, String secret) {
        this.size = size;
        this.secret = secret;
        int ideas = Math.toIntExact(size.ideas());
        this.votesOf = spread(size.votes(), ideas, size.members(), 0x5EED1L);
        this.commentsOf = spread(size.comments(), ideas, Long.MAX_VALUE, 0x5EED2L);
        this.firstComment = new long[ideas + 1];
        for (int i = 0; i < ideas; i++) {
            firstComment[i + 1] = firstComment[i] + commentsOf[i];
        }
    }

    public CommunitySize size() {
        return size;
    }

    /** A well-mixed 64-bit hash (SplitMix64's finaliser) of the row's coordinates. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int pick(long hash, int bound) {
        return (int) Math.floorMod(hash, (long) bound);
    }

    /** Splits {@code total} over {@code buckets} with a heavy tail, none above {@code cap}; sums to total exactly. */
    static int[] spread(long total, int buckets, long cap, long salt) {
        int[] counts = new int[buckets];
        if (buckets == 0 || total == 0) {
            return counts;
        }
        double[] weight = new double[buckets];
        double sum = 0;
        for (int i = 0; i < buckets; i++) {
            double u = ((mix(i, salt) >>> 11) + 1) / (double) (1L << 53);
            weight[i] = Math.pow(u, -0.75);
            sum += weight[i];
        }
        long placed = 0;
        for (int i = 0; i < buckets; i++) {
            long n = Math.min(cap, (long) Math.floor(total * weight[i] / sum));
            counts[i] = (int) Math.min(n, Integer.MAX_VALUE);
            placed += counts[i];
        }
        while (placed < total) { // the remainder, one each, to buckets with room (total <= cap × buckets)
            for (int i = 0; i < buckets && placed < total; i++) {
                if (counts[i] < cap && counts[i] < Integer.MAX_VALUE) {
                    counts[i]++;
                    placed++;
                }
            }
        }
        return counts;
    }

    // ---- members

    public long memberId(long index) {
        return BASE + index;
    }

    public static String email(long index) {
        return index == 0 ? "bench.admin@bench.idealoop.test" : "bench." + index + "@bench.idealoop.test";
    }

    public static String displayName(long index) {
        return index == 0 ? "Bench Admin" : "Bench Member " + index;
    }

    /** The API token of member {@code index} (0: the admin), derived from the secret: HMAC-SHA256, hex. */
    public String token(long index) {
        return token(secret, index);
    }

    public static String token(String secret, long index) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "bench-" + HexFormat.of().formatHex(mac.doFinal(("member-" + index).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- ideas

    public long ideaNumber(long index) {
        return BASE + 1 + index;
    }

    public static String title(long index) {
        long h = mix(index, 11);
        return VERBS[pick(h, VERBS.length)] + " " + THINGS[pick(h >>> 8, THINGS.length)] + " for "
                + PLACES[pick(h >>> 16, PLACES.length)] + " (#" + (index + 1) + ")";
    }

    public static String body(long index) {
        long h = mix(index, 12);
        return "We use " + THINGS[pick(h, THINGS.length)] + " every day. " + WHY[pick(h >>> 8, WHY.length)] + " "
                + WHY[pick(h >>> 16, WHY.length)];
    }

    public long author(long index, long salt) {
        return memberId(1 + pick(mix(index, salt), Math.toIntExact(Math.max(1, size.members()))));
    }

    public int votesOf(int idea) {
        return votesOf[idea];
    }

    /** The k-th voter of idea {@code idea}: distinct for distinct k below the member count. */
    public long voter(int idea, int k) {
        long start = Math.floorMod(mix(idea, 21), size.members());
        return memberId(1 + (start + k) % size.members());
    }

    public static boolean voteIsDown(int idea, int k) {
        return pick(mix(idea * 1_000_003L + k, 22), 100) < 15;
    }

    public int commentsOf(int idea) {
        return commentsOf[idea];
    }

    public long commentId(int idea, int j) {
        return BASE + 1 + firstComment[idea] + j;
    }

    public long commentAuthor(int idea, int j) {
        return author(idea * 7_919L + j, 31);
    }

    /** Every fourth comment answers the one before it. */
    public static boolean isReply(int j) {
        return j % 4 == 3;
    }

    public int distinctCommenters(int idea) {
        int n = commentsOf[idea];
        long[] authors = new long[n];
        for (int j = 0; j < n; j++) {
            authors[j] = commentAuthor(idea, j);
        }
        return (int) Arrays.stream(authors).distinct().count();
    }

    /** The idea that the {@code j}-th comment overall belongs to (binary search over the running totals). */
    public int ideaOfComment(long j) {
        int found = Arrays.binarySearch(firstComment, j);
        if (found >= 0) {
            while (found + 1 < firstComment.length && firstComment[found + 1] == j) {
                found++; // skip ideas without comments
            }
            return found;
        }
        return -found - 2;
    }

    public long firstCommentOf(int idea) {
        return firstComment[idea];
    }
}
