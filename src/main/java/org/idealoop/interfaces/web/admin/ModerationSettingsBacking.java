package org.idealoop.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.idealoop.application.ModerationSettingsService;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/moderation-settings: the moderation settings admins change at run time (the API's
 * {@code /admin/moderation-settings}); the input ids are the API's field names.
 */
@Named
@ViewScoped
public class ModerationSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModerationSettingsService settings;

    private Boolean holdFirstPosts;

    @PostConstruct
    void load() {
        holdFirstPosts = settings.isHoldingFirstPosts();
    }

    public void save() {
        boolean holding = settings.holdFirstPosts(holdFirstPosts);
        Pages.info(holding ? "admin.settings.saved.holding" : "admin.settings.saved.open");
    }

    public Boolean getHoldFirstPosts() {
        return holdFirstPosts;
    }

    public void setHoldFirstPosts(Boolean holdFirstPosts) {
        this.holdFirstPosts = holdFirstPosts;
    }
}
