package org.idealoop.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.idealoop.application.AdminConsole;
import org.idealoop.application.AdminOverview;

/** /admin: the staff console's home, its links grouped by task and what needs attention. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    AdminConsole console;

    private AdminOverview overview;

    public AdminOverview getOverview() {
        if (overview == null) {
            overview = console.overview();
        }
        return overview;
    }
}
