package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.account.Account;
import org.idealoop.domain.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    /** The domain of a member's address. */
    private static final String MEMBER_DOMAIN = "LOWER(SUBSTRING_INDEX(m.email, '@', -1))";

    /**
     * The account that matches a member's address best: its domain is the address's domain or a parent of
     * it; the longest (most specific) wins. Account domains hold no LIKE wildcards (host names only).
     */
    private static final String BEST_ACCOUNT = "(SELECT a.id FROM account a WHERE a.domain IS NOT NULL AND ("
            + MEMBER_DOMAIN + " = a.domain OR " + MEMBER_DOMAIN + " LIKE CONCAT('%.', a.domain))"
            + " ORDER BY LENGTH(a.domain) DESC, a.id LIMIT 1)";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> lock(long id) {
        return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Account> findByDomain(String domain) {
        return em.createNamedQuery("Account.findByDomain", Account.class).setParameter("domain", domain)
                .getResultStream().findFirst();
    }

    @Override
    public List<Account> findByName(String name) {
        return em.createNamedQuery("Account.findByName", Account.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    @Override
    public List<AccountUse> list(String text, int offset, int limit) {
        jakarta.persistence.Query query;
        if (text == null || text.isBlank()) {
            query = em.createNativeQuery("SELECT id FROM account ORDER BY name, id LIMIT ? OFFSET ?")
                    .setParameter(1, limit).setParameter(2, offset);
        } else {
            String like = Like.containing(text);
            query = em.createNativeQuery("SELECT id FROM account WHERE name LIKE ? OR domain LIKE ?"
                            + " ORDER BY name, id LIMIT ? OFFSET ?")
                    .setParameter(1, like).setParameter(2, like).setParameter(3, limit).setParameter(4, offset);
        }
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        StringBuilder in = new StringBuilder();
        for (Long id : ids) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, COUNT(*) FROM member WHERE account_id IN ("
                + in + ") GROUP BY account_id").getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        java.util.Map<Long, Account> accounts = new java.util.HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", ids)
                .getResultList().forEach(a -> accounts.put(a.id(), a));
        return ids.stream().filter(accounts::containsKey)
                .map(id -> new AccountUse(accounts.get(id), counts.getOrDefault(id, 0L))).toList();
    }

    @Override
    public long memberCount(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    @Override
    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
        em.flush();
    }

    @Override
    public int mapMembersOfDomain(String domain, Long formerAccountId) {
        em.flush();
        return em.createNativeQuery("UPDATE member m SET m.account_id = COALESCE(" + BEST_ACCOUNT
                        + ", CASE WHEN m.account_id = ? THEN NULL ELSE m.account_id END)"
                        + " WHERE m.email IS NOT NULL AND (" + MEMBER_DOMAIN + " = ? OR " + MEMBER_DOMAIN
                        + " LIKE CONCAT('%.', ?))")
                .setParameter(1, formerAccountId == null ? -1L : formerAccountId)
                .setParameter(2, domain).setParameter(3, domain).executeUpdate();
    }

    @Override
    public int mapAllMembers() {
        em.flush();
        return em.createNativeQuery("UPDATE member m SET m.account_id = " + BEST_ACCOUNT
                + " WHERE m.email IS NOT NULL AND " + BEST_ACCOUNT + " IS NOT NULL"
                + " AND NOT (m.account_id <=> " + BEST_ACCOUNT + ")").executeUpdate();
    }

    @Override
    public void mapMember(long memberId) {
        em.flush();
        em.createNativeQuery("UPDATE member m SET m.account_id = " + BEST_ACCOUNT
                + " WHERE m.id = ? AND m.email IS NOT NULL AND " + BEST_ACCOUNT + " IS NOT NULL")
                .setParameter(1, memberId).executeUpdate();
    }

    @Override
    public boolean assign(long memberId, Long accountId) {
        em.flush();
        return em.createNativeQuery("UPDATE member SET account_id = ? WHERE id = ?")
                .setParameter(1, accountId).setParameter(2, memberId).executeUpdate() == 1;
    }

    @Override
    public Optional<Long> accountOf(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM member WHERE id = ?").setParameter(1, memberId)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty()
                : Optional.of(((Number) rows.get(0)).longValue());
    }
}
