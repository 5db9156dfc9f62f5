package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public ProductTeam add(ProductTeam team) {
        em.persist(team);
        em.flush();
        return team;
    }

    @Override
    public List<ProductTeam> all() {
        return em.createNamedQuery("ProductTeam.all", ProductTeam.class).getResultList();
    }

    @Override
    public Optional<ProductTeam> findBySlug(String slug) {
        return em.createNamedQuery("ProductTeam.findBySlug", ProductTeam.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public void addMember(TeamMembership membership) {
        em.merge(membership);
    }

    @Override
    public List<TeamMembership> memberships() {
        return em.createNamedQuery("TeamMembership.all", TeamMembership.class).getResultList();
    }

    @Override
    public List<TeamMembership> membershipsOf(long memberId) {
        return em.createNamedQuery("TeamMembership.ofMember", TeamMembership.class)
                .setParameter("memberId", memberId).getResultList();
    }
}
