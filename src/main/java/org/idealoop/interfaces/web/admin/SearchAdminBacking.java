package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.ReindexProgress;
import org.idealoop.application.SearchAdminService;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/search: rebuild the search index, with a progress bar (documents done, rate, time left). A refusal
 * (a rebuild running, search down) is shown at the top of the form by the DomainErrorHandler.
 */
@Named
@RequestScoped
public class SearchAdminBacking {

    @Inject
    SearchAdminService search;

    private ReindexProgress progress;

    public void start() {
        progress = search.startRebuild();
        Pages.info("admin.search.started");
    }

    public ReindexProgress getProgress() {
        if (progress == null) {
            progress = search.progress();
        }
        return progress;
    }
}
