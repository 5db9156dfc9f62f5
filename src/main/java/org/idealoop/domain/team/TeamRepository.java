package org.idealoop.domain.team;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    ProductTeam add(ProductTeam team);

    List<ProductTeam> all();

    Optional<ProductTeam> findBySlug(String slug);

    void addMember(TeamMembership membership);

    List<TeamMembership> memberships();

    List<TeamMembership> membershipsOf(long memberId);
}
