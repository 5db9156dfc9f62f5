package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.idealoop.domain.admin.AttentionRepository;
import org.idealoop.domain.member.Role;

/** The admin home: what of the install needs a person now. Admins only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminConsole {

    @Inject
    AttentionRepository attention;

    @Inject
    CurrentMember currentMember;

    private final Clock clock = Clock.systemUTC();

    /** The counts, read together in one call. */
    public AdminOverview overview() {
        currentMember.requireRole(Role.ADMIN);
        return new AdminOverview(attention.overdueIdeas(clock.instant()), attention.flaggedItems(),
                attention.failingWebhooks(), attention.searchBacklog());
    }
}
