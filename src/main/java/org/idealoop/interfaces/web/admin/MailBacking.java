package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.mail.MailOutbox;

/** /admin/mail: what the install mailed, for demo installs whose mail goes to a local catcher. */
@Named
@RequestScoped
public class MailBacking {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "idealoop.mail.show-to-admin")
    boolean shown;

    public boolean isShown() {
        return shown;
    }

    public List<MailOutbox.QueuedMail> getMails() {
        return shown ? outbox.newest(100) : List.of();
    }
}
