package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;

/** The public directory of staff, by product team, with what each owns. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffDirectory {

    @Inject
    TeamRepository teams;

    @Inject
    MemberRepository members;

    public List<TeamEntry> byTeam() {
        Map<Long, ProductTeam> teamsById = new LinkedHashMap<>();
        teams.all().forEach(team -> teamsById.put(team.id(), team));
        Map<Long, List<StaffEntry>> staffByTeam = new HashMap<>();
        Set<Long> placed = new TreeSet<>();
        for (TeamMembership membership : teams.memberships()) {
            Optional<Member> member = members.findById(membership.memberId()).filter(Member::isActive);
            if (member.isPresent() && teamsById.containsKey(membership.teamId())) {
                staffByTeam.computeIfAbsent(membership.teamId(), id -> new ArrayList<>())
                        .add(new StaffEntry(member.get(), membership.owns()));
                placed.add(member.get().id());
            }
        }
        List<TeamEntry> directory = new ArrayList<>();
        for (ProductTeam team : teamsById.values()) {
            List<StaffEntry> staff = staffByTeam.getOrDefault(team.id(), List.of()).stream()
                    .sorted(Comparator.comparing(entry -> entry.member().displayName()))
                    .toList();
            directory.add(new TeamEntry(team.slug(), team.name(), team.description(), staff, true));
        }
        // Staff not (yet) in a team, such as moderators and admins, are listed too.
        List<StaffEntry> community = new ArrayList<>();
        for (Role role : List.of(Role.ADMIN, Role.MODERATOR, Role.PRODUCT_MANAGER)) {
            for (Member member : members.withRole(role)) {
                if (member.isActive() && placed.add(member.id())) {
                    community.add(new StaffEntry(member, ""));
                }
            }
        }
        if (!community.isEmpty()) {
            community.sort(Comparator.comparing(entry -> entry.member().displayName()));
            directory.add(new TeamEntry("community", null, "", community, false));
        }
        return directory;
    }

    /** The names of the teams a member belongs to. */
    public List<String> teamsOf(long memberId) {
        Map<Long, String> names = new HashMap<>();
        teams.all().forEach(team -> names.put(team.id(), team.name()));
        return teams.membershipsOf(memberId).stream()
                .map(membership -> names.get(membership.teamId()))
                .filter(name -> name != null)
                .sorted()
                .toList();
    }

    /**
     * A product team with its staff, or (productTeam false) the staff outside any team: no page, nothing to
     * follow, and no name of its own (pages and API call it the community team in the reader's language).
     */
    public record TeamEntry(String slug, String name, String description, List<StaffEntry> staff, boolean productTeam) {
    }

    public record StaffEntry(Member member, String owns) {
    }
}
