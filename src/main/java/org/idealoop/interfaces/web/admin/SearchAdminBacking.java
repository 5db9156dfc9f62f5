package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.idealoop.application.CurrentMember;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.search.SearchUnavailableException;
import org.idealoop.infrastructure.search.ReindexLog;
import org.idealoop.infrastructure.search.SearchReindex;
import org.idealoop.interfaces.web.Pages;

/** /admin/search: rebuild the search index, with a progress bar (documents done, rate, time left). */
@Named
@RequestScoped
public class SearchAdminBacking {

    @Inject
    SearchReindex reindex;

    @Inject
    CurrentMember currentMember;

    private Optional<ReindexLog.Entry> latest;

    public void start() {
        try {
            reindex.start(currentMember.require().id());
            latest = null;
            Pages.info("admin.search.started");
        } catch (ConflictException e) {
            Pages.error(e.messageKey());
        } catch (SearchUnavailableException e) {
            Pages.error("search.unavailable");
        }
    }

    public ReindexLog.Entry getLatest() {
        if (latest == null) {
            latest = reindex.latest();
        }
        return latest.orElse(null);
    }

    public boolean isRunning() {
        return getLatest() != null && ReindexLog.RUNNING.equals(getLatest().state());
    }

    public int getPercent() {
        ReindexLog.Entry e = getLatest();
        if (e == null) {
            return 0;
        }
        if (e.total() == 0) {
            return isRunning() ? 0 : 100;
        }
        return (int) Math.min(100, e.done() * 100 / e.total());
    }

    public double getRate() {
        ReindexLog.Entry e = getLatest();
        if (e == null) {
            return 0;
        }
        Instant end = e.finishedAt() == null ? Instant.now() : e.finishedAt();
        double seconds = Math.max(0.001, Duration.between(e.startedAt(), end).toMillis() / 1000.0);
        return Math.round(e.done() / seconds * 10) / 10.0;
    }

    public Long getSecondsLeft() {
        ReindexLog.Entry e = getLatest();
        double rate = getRate();
        return e == null || !isRunning() || rate <= 0 ? null : Math.round(Math.max(0, e.total() - e.done()) / rate);
    }
}
