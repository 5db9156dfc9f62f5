package org.idealoop.interfaces.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.StaffDirectory;

/** /staff: the public staff directory. */
@Named
@RequestScoped
public class StaffBacking {

    @Inject
    StaffDirectory directory;

    private List<StaffDirectory.TeamEntry> teams;

    public List<StaffDirectory.TeamEntry> getTeams() {
        if (teams == null) {
            teams = directory.byTeam();
        }
        return teams;
    }
}
