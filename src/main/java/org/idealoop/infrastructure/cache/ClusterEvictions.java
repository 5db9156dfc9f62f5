package org.idealoop.infrastructure.cache;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read cache's evictions, told to the other instances of a cluster through Payara's data grid (a Hazelcast
 * topic), so that a change made through one instance (a revoked token, a suspended member, a renamed team) is
 * honoured by every instance at once rather than when their copies expire. A single instance
 * ({@code --nocluster}) has no data grid: then nothing is published and nothing is lost.
 * <p>
 * A message is a short text, not an object: the data grid deserializes it with its own class loader, which
 * does not see the application's classes. One entry is named by its key (a number or a text); an eviction by
 * any other filter evicts the whole region elsewhere, except the tokens of one member, which are named too.
 */
final class ClusterEvictions {

    private static final Logger LOG = Logger.getLogger(ClusterEvictions.class.getName());

    static final String TOPIC = "idealoop-read-cache-evictions";
    private static final String HAZELCAST_JNDI = "payara/Hazelcast";

    private final ITopic<String> topic;
    private final String self = UUID.randomUUID().toString();
    private volatile UUID listener;

    private ClusterEvictions(ITopic<String> topic) {
        this.topic = topic;
    }

    /** Not clustered (no data grid, or a unit test): publishes nothing. */
    static ClusterEvictions none() {
        return new ClusterEvictions(null);
    }

    /**
     * Joins the topic of the instance's data grid when it runs, evicting through {@code evict} what other
     * instances publish; otherwise {@link #none()}.
     */
    static ClusterEvictions join(BiConsumer<ReadCache.Region, ReadCache.EntryFilter> evict) {
        HazelcastInstance grid;
        try {
            grid = javax.naming.InitialContext.doLookup(HAZELCAST_JNDI);
        } catch (javax.naming.NamingException | RuntimeException | LinkageError notThere) {
            LOG.log(Level.FINE, "no data grid: read cache evictions stay in this instance", notThere);
            return none();
        }
        try {
            if (grid == null || !grid.getLifecycleService().isRunning()) {
                return none();
            }
            ITopic<String> topic = grid.getTopic(TOPIC);
            ClusterEvictions evictions = new ClusterEvictions(topic);
            evictions.listener = topic.addMessageListener(message -> evictions.received(message.getMessageObject(), evict));
            LOG.info(() -> "Read cache evictions are shared with the data grid's " + grid.getCluster().getMembers().size()
                    + " member(s)");
            return evictions;
        } catch (RuntimeException disabled) {
            // Payara binds the name even when the data grid is off (--nocluster); using it then fails.
            LOG.log(Level.FINE, "the data grid is not running: read cache evictions stay in this instance", disabled);
            return none();
        }
    }

    /** Stops listening (the application is undeployed; the data grid lives on in Payara). */
    void leave() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException gridGone) {
                LOG.log(Level.FINE, "the data grid stopped first", gridGone);
            }
        }
    }

    boolean shared() {
        return topic != null;
    }

    /** Tells the other instances; a failure of the data grid is logged, never thrown at the change's author. */
    void publish(ReadCache.Region region, ReadCache.EntryFilter filter) {
        if (topic == null) {
            return;
        }
        try {
            topic.publish(self + ' ' + encode(region, filter));
        } catch (RuntimeException gridTrouble) {
            LOG.log(Level.WARNING, "Could not tell the other instances to evict " + region
                    + " (they forget it when it expires)", gridTrouble);
        }
    }

    private void received(String message, BiConsumer<ReadCache.Region, ReadCache.EntryFilter> evict) {
        int space = message.indexOf(' ');
        if (space < 0 || message.substring(0, space).equals(self)) {
            return; // this instance's own eviction, done already
        }
        decode(message.substring(space + 1)).ifPresentOrElse(
                eviction -> evict.accept(eviction.region(), eviction.filter()),
                () -> LOG.warning(() -> "Ignored a read cache eviction this build does not understand: " + message));
    }

    /** A region and the entries to forget in it. */
    record Eviction(ReadCache.Region region, ReadCache.EntryFilter filter) {
    }

    /** {@code REGION *} (all), {@code REGION n:42} (a number key), {@code REGION s:text}, {@code REGION m:42}. */
    static String encode(ReadCache.Region region, ReadCache.EntryFilter filter) {
        String what;
        if (filter instanceof ReadCache.KeyFilter keyed && keyed.key() instanceof Long number) {
            what = "n:" + number;
        } else if (filter instanceof ReadCache.KeyFilter keyed && keyed.key() instanceof String text) {
            what = "s:" + text;
        } else if (filter instanceof CacheEvictions.TokensOf tokens) {
            what = "m:" + tokens.memberId();
        } else {
            what = "*";
        }
        return region.name() + ' ' + what;
    }

    static Optional<Eviction> decode(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        ReadCache.Region region;
        try {
            region = ReadCache.Region.valueOf(text.substring(0, space));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        String what = text.substring(space + 1);
        try {
            if (what.equals("*")) {
                return Optional.of(new Eviction(region, (k, v) -> true));
            } else if (what.startsWith("n:")) {
                return Optional.of(new Eviction(region, new ReadCache.KeyFilter(Long.parseLong(what.substring(2)))));
            } else if (what.startsWith("s:")) {
                return Optional.of(new Eviction(region, new ReadCache.KeyFilter(what.substring(2))));
            } else if (what.startsWith("m:")) {
                return Optional.of(new Eviction(region, new CacheEvictions.TokensOf(Long.parseLong(what.substring(2)))));
            }
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
