package org.idealoop.infrastructure.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What rarely changes, kept in memory: the member behind a token or session for seconds, reference data
 * (teams, categories, moderation settings, blocked words) for minutes. Every change evicts its region
 * after it commits; the time to live only bounds a change made around the application (plain SQL).
 * <p>
 * A reader that loaded before a change committed never puts its stale value back: each eviction raises the
 * region's generation, and a load is kept only if the generation it started with is still current. A
 * transaction that changed a region reads around the cache until it ends ({@link #changedInThisTransaction}).
 * <p>
 * In-process rather than JCache: Payara's JCache is Hazelcast, which runs here with {@code --nocluster}
 * (tests, {@code mvn -Pstart}, docker) and so would be one local member as well; it stores by value, so every
 * hit would deserialize a copy, and JPA entities (members, teams) are not {@code Serializable}. When instances
 * are clustered, each keeps its own copies and every eviction is told to the others through the data grid
 * ({@link ClusterEvictions}), after the change commits.
 */
@ApplicationScoped
public class ReadCache {

    /** A region: what it holds, how long an entry lives at most, and how many entries it keeps. */
    public enum Region {
        /** Member id -> the member (detached). */
        MEMBERS(Duration.ofSeconds(30), 20_000),
        /** Member id -> display name, for the authors on a page. */
        NAMES(Duration.ofMinutes(10), 100_000),
        /** Idea number and limit -> the numbers of the most similar ideas (the idea page's "similar ideas"). */
        SIMILAR(Duration.ofMinutes(5), 20_000),
        /** Hash of a bearer or remember-me secret -> whose it is and until when. */
        TOKENS(Duration.ofSeconds(30), 20_000),
        /** Teams and categories, loaded and forgotten together (a category never names a team not cached). */
        FILING(Duration.ofMinutes(10), 4),
        /** Blocked words and run-time moderation settings. */
        MODERATION(Duration.ofMinutes(10), 64);

        final Duration timeToLive;
        final int capacity;

        Region(Duration timeToLive, int capacity) {
            this.timeToLive = timeToLive;
            this.capacity = capacity;
        }
    }

    /** Looked up, not injected: {@code @Resource} stayed null in this bean on Payara Micro 6. */
    private volatile TransactionSynchronizationRegistry transactions;
    private volatile boolean lookedUp;

    private final Map<Region, Store> stores = new EnumMap<>(Region.class);

    /** The other instances of a cluster, told of every eviction; none when not clustered. */
    private volatile ClusterEvictions cluster = ClusterEvictions.none();

    public ReadCache() {
        for (Region region : Region.values()) {
            stores.put(region, new Store(region.capacity));
        }
    }

    @jakarta.annotation.PostConstruct
    void joinCluster() {
        // The instance itself (not a CDI proxy) receives the other instances' evictions, on the data grid's thread.
        cluster = ClusterEvictions.join(this::evictNow);
    }

    /**
     * Made with the application, not at its first use: the data grid learns of a new topic listener asynchronously,
     * and an instance that subscribed only at its first request could miss the evictions published just after.
     */
    void startWithTheApplication(@jakarta.enterprise.event.Observes
                                 @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object application) {
        // Observing the event is what creates the bean (and so joins the cluster's evictions).
    }

    @jakarta.annotation.PreDestroy
    void leaveCluster() {
        cluster.leave();
    }

    /** The cached value, else what the loader reads (kept unless an eviction came in between). */
    @SuppressWarnings("unchecked")
    public <V> V get(Region region, Object key, Supplier<V> loader) {
        long[] generation = new long[1];
        Entry entry = live(region, key, generation);
        if (entry != null) {
            return (V) entry.value;
        }
        V value = loader.get();
        put(region, key, value, generation[0]);
        return value;
    }

    /** As {@link #get}, but an empty answer is not kept (an unknown token must not push out known ones). */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> find(Region region, Object key, Supplier<Optional<V>> loader) {
        long[] generation = new long[1];
        Entry entry = live(region, key, generation);
        if (entry != null) {
            return Optional.of((V) entry.value);
        }
        Optional<V> value = loader.get();
        value.ifPresent(v -> put(region, key, v, generation[0]));
        return value;
    }

    /**
     * The cached values of these keys, and for the keys not cached what one call of the loader reads (kept
     * unless an eviction came in between); a key the loader does not answer is left out.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(Region region, java.util.Collection<K> keys,
                                   java.util.function.Function<java.util.Set<K>, Map<K, V>> loader) {
        Map<K, V> found = new java.util.HashMap<>();
        java.util.Set<K> missing = new java.util.HashSet<>();
        long generation;
        Store store = stores.get(region);
        synchronized (store) {
            long now = System.nanoTime();
            for (K key : keys) {
                Entry entry = store.entries.get(key);
                if (entry != null && entry.expiresAt - now > 0) {
                    found.put(key, (V) entry.value);
                } else {
                    missing.add(key);
                }
            }
            generation = store.generation;
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = loader.apply(missing);
            found.putAll(loaded);
            synchronized (store) {
                if (store.generation == generation) {
                    long expiresAt = System.nanoTime() + region.timeToLive.toNanos();
                    loaded.forEach((key, value) -> store.entries.put(key, new Entry(value, expiresAt)));
                }
            }
        }
        return found;
    }

    /** The entry while it lives, else null with the region's generation (a load may be kept only under it). */
    private Entry live(Region region, Object key, long[] generation) {
        Store store = stores.get(region);
        synchronized (store) {
            Entry entry = store.entries.get(key);
            if (entry != null && entry.expiresAt - System.nanoTime() > 0) {
                return entry;
            }
            generation[0] = store.generation;
            return null;
        }
    }

    private void put(Region region, Object key, Object value, long generation) {
        Store store = stores.get(region);
        synchronized (store) {
            if (store.generation == generation) {
                store.entries.put(key, new Entry(value, System.nanoTime() + region.timeToLive.toNanos()));
            }
        }
    }

    /**
     * What the database answered for something the region did not hold: when it exists (added around the
     * application, by SQL), the region is loaded again after this transaction, unless the transaction changed it.
     */
    public <T> Optional<T> missed(Region region, Optional<T> read) {
        if (read.isPresent() && !changedInThisTransaction(region)) {
            evictAfterCommit(region);
        }
        return read;
    }

    /** Forgets one entry now and again when the current transaction ends (at once when there is none). */
    public void evictAfterCommit(Region region, Object key) {
        evictAfterCommit(region, new KeyFilter(key));
    }

    /** Forgets the whole region now and again when the current transaction ends. */
    public void evictAfterCommit(Region region) {
        evictAfterCommit(region, (k, v) -> true);
    }

    /**
     * Forgets the entries that match, now and again after the transaction ends: a reader in another
     * transaction may put the old value back in between (it read before the commit), and the second eviction
     * removes it and refuses any load that started before it.
     */
    public void evictAfterCommit(Region region, EntryFilter filter) {
        evictNow(region, filter);
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(pendingKey(region), Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    evictNow(region, filter);
                    if (status == Status.STATUS_COMMITTED) {
                        cluster.publish(region, filter);
                    }
                }
            });
        } else {
            cluster.publish(region, filter);
        }
    }

    /** Whether the current transaction changed this region: then it must read its own changes, not the cache. */
    public boolean changedInThisTransaction(Region region) {
        TransactionSynchronizationRegistry transactions = transactions();
        return transactions != null && transactions.getTransactionKey() != null
                && transactions.getResource(pendingKey(region)) != null;
    }

    /** The container's registry; null outside a container (unit tests: evictions then happen at once). */
    private TransactionSynchronizationRegistry transactions() {
        if (!lookedUp) {
            try {
                transactions = javax.naming.InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (javax.naming.NamingException | RuntimeException noContainer) {
                transactions = null;
            }
            lookedUp = true;
        }
        return transactions;
    }

    void evictNow(Region region, EntryFilter filter) {
        Store store = stores.get(region);
        synchronized (store) {
            store.generation++;
            store.entries.entrySet().removeIf(e -> filter.test(e.getKey(), e.getValue().value));
        }
    }

    private static String pendingKey(Region region) {
        return ReadCache.class.getName() + "." + region.name();
    }

    /** Which entries an eviction removes, by key and value. */
    @FunctionalInterface
    public interface EntryFilter {
        boolean test(Object key, Object value);

        static EntryFilter values(Predicate<Object> value) {
            return (k, v) -> value.test(v);
        }
    }

    /** One entry, by its key. */
    public record KeyFilter(Object key) implements EntryFilter {
        @Override
        public boolean test(Object k, Object v) {
            return k.equals(key);
        }
    }

    private record Entry(Object value, long expiresAt) {
    }

    /** Least recently used entries go first when the region is full. */
    private static final class Store {
        final LinkedHashMap<Object, Entry> entries;
        long generation;

        Store(int capacity) {
            entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                    return size() > capacity;
                }
            };
        }
    }
}
