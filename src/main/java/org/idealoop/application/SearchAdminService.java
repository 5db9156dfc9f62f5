package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.search.IndexRebuild;
import org.idealoop.domain.search.IndexRebuilds;

/**
 * Search administration for admins, whichever door they use (the API or /admin/search): start a rebuild of
 * the index, which is audited, and read its progress.
 */
@ApplicationScoped
@Transactional
public class SearchAdminService {

    private static final Logger LOG = Logger.getLogger(SearchAdminService.class.getName());

    @Inject
    IndexRebuilds rebuilds;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    private final Clock clock = Clock.systemUTC();

    /** Starts a rebuild (refused while one runs, or when search is unavailable) and records who started it. */
    public ReindexProgress startRebuild() {
        currentMember.requireRole(Role.ADMIN);
        long me = currentMember.require().id();
        IndexRebuild started = rebuilds.start(me);
        audit.record("search_reindex", ContentType.SEARCH, started.id(), null, started.targetIndex());
        LOG.info("Search index rebuild " + started.id() + " started by member " + me);
        return ReindexProgress.of(started, clock.instant());
    }

    /** The latest rebuild's progress, or {@link ReindexProgress#none()}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReindexProgress progress() {
        currentMember.requireRole(Role.ADMIN);
        return rebuilds.latest().map(r -> ReindexProgress.of(r, clock.instant())).orElseGet(ReindexProgress::none);
    }
}
