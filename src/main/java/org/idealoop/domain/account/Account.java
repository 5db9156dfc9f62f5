package org.idealoop.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.text.PlainText;

/**
 * A customer company: its name, the domain of its people's e-mail addresses (optional, unique), its
 * segment and its value (annual revenue, seats: whatever the install weighs demand by). Members belong
 * to at most one account. Only admins read or change accounts; members and product managers never see
 * the value.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.all", query = "SELECT a FROM Account a ORDER BY a.name, a.id")
@NamedQuery(name = "Account.findByDomain", query = "SELECT a FROM Account a WHERE a.domain = :domain")
@NamedQuery(name = "Account.findByName", query = "SELECT a FROM Account a WHERE LOWER(a.name) = :name ORDER BY a.id")
public class Account {

    public static final int NAME_MAX = 120;
    public static final int DOMAIN_MAX = 253;
    /** DECIMAL(15,2): thirteen digits before the point, two after. */
    public static final BigDecimal VALUE_MAX = new BigDecimal("9999999999999.99");

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String domain;

    @Column(nullable = false)
    private String segment;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal value;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** A new account from values already checked by {@link #name}, {@link #domain}, {@link #value}. */
    public Account(String name, String domain, Segment segment, BigDecimal value, Instant now) {
        this.name = name(name);
        this.domain = domain(domain);
        this.segment = Objects.requireNonNull(segment).id();
        this.value = value(value);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /**
     * Gives the account new values (each checked); true when one of them differs from what it had, and only
     * then does its update time move.
     */
    public boolean change(String newName, String newDomain, Segment newSegment, BigDecimal newValue, Instant now) {
        String n = name(newName);
        String d = domain(newDomain);
        BigDecimal v = value(newValue);
        boolean changed = !n.equals(name) || !Objects.equals(d, domain) || !newSegment.id().equals(segment)
                || v.compareTo(value) != 0;
        if (changed) {
            name = n;
            domain = d;
            segment = newSegment.id();
            value = v;
            updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
        return changed;
    }

    /** Whether these values are the ones the account has (the import's "unchanged"). */
    public boolean hasValues(String otherName, String otherDomain, Segment otherSegment, BigDecimal otherValue) {
        return name.equals(otherName) && Objects.equals(domain, otherDomain) && segment.equals(otherSegment.id())
                && value.compareTo(otherValue) == 0;
    }

    /** A name: required, one line, at most {@value #NAME_MAX} characters; surrounding blanks dropped. */
    public static String name(String text) {
        String n = text == null ? "" : text.strip();
        if (n.isEmpty()) {
            throw new InvalidFieldException("name", "account.name.required");
        }
        if (n.length() > NAME_MAX) {
            throw new InvalidFieldException("name", "account.name.length", NAME_MAX);
        }
        return PlainText.requireLine("name", n);
    }

    /**
     * A domain: empty (null) or a host name such as {@code acme.com}, in lower case (what was typed is
     * lower-cased), with at least two labels.
     */
    public static String domain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String d = text.strip().toLowerCase(Locale.ROOT);
        if (d.length() > DOMAIN_MAX || !HOST_NAME.matcher(d).matches()) {
            throw new InvalidFieldException("domain", "account.domain.invalid");
        }
        return d;
    }

    /** A segment by its id; an unknown one is refused with the list of known ones. */
    public static Segment segment(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException("segment", "account.segment.required", Segment.ids());
        }
        return Segment.fromId(id).orElseThrow(() -> new InvalidFieldException("segment", "account.segment.unknown",
                Segment.ids()));
    }

    /** A value: required, not negative, at most two decimals and {@link #VALUE_MAX}. */
    public static BigDecimal value(BigDecimal number) {
        if (number == null) {
            throw new InvalidFieldException("value", "account.value.required");
        }
        if (number.signum() < 0) {
            throw new InvalidFieldException("value", "account.value.negative");
        }
        if (number.stripTrailingZeros().scale() > 2 || number.compareTo(VALUE_MAX) > 0) {
            throw new InvalidFieldException("value", "account.value.range");
        }
        return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A value typed as text: digits with an optional point and decimals ({@code 1200}, {@code 99.50}). */
    public static BigDecimal value(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("value", "account.value.required");
        }
        String t = text.strip();
        if (!t.matches("-?[0-9]{1,20}(\\.[0-9]{1,20})?")) {
            throw new InvalidFieldException("value", "account.value.number");
        }
        return value(new BigDecimal(t));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Null when the account maps no e-mail domain. */
    public String domain() {
        return domain;
    }

    public Segment segment() {
        return Segment.fromId(segment).orElseThrow();
    }

    public BigDecimal value() {
        return value;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
