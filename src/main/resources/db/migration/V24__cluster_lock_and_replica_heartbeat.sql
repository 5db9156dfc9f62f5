-- Issue #19. A row per named lock (infrastructure/cluster/ClusterLocks): an instance holds the lock while its
-- transaction holds the row (SELECT ... FOR UPDATE), which works on a Galera node too, unlike GET_LOCK.
CREATE TABLE cluster_lock (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;

-- One row, written on the primary every two seconds by each instance that reads a replica, and read back on the
-- replica: how far behind the replica is (infrastructure/persistence/ReplicaReads).
CREATE TABLE replica_heartbeat (
    id   TINYINT      NOT NULL,
    beat TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
