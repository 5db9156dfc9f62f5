package org.idealoop.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.branding.BrandImage;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.BrandingRepository;
import org.idealoop.domain.branding.Colour;
import org.idealoop.domain.branding.FooterLink;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;

/**
 * White-label branding set by admins at run time: read on every page view from memory, and read again
 * from the database after a save commits (the next page view shows the change). A colour must keep
 * white button text and links on the page background readable (WCAG AA, 4.5:1); an image must be one
 * (see {@link BrandImage}). Each change writes an audit entry.
 */
@ApplicationScoped
@Transactional
public class BrandingService {

    private static final Logger LOG = Logger.getLogger(BrandingService.class.getName());

    @Inject
    BrandingRepository repository;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Clock clock = Clock.systemUTC();
    private volatile Branding cached;
    private final Map<Branding.ImageKind, Optional<BrandImage>> images = new EnumMap<>(Branding.ImageKind.class);

    /** The branding pages, mails and feeds show now; the defaults while nothing is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Branding current() {
        Branding branding = cached;
        if (branding == null) {
            branding = load();
            cached = branding;
        }
        return branding;
    }

    /** The built-in branding: the bundle's name and tagline, teal, English, the visitor's system theme. */
    public static Branding defaults() {
        return new Branding(Messages.text(Locale.ROOT, "app.name"), Messages.text(Locale.ROOT, "app.tagline"),
                Colour.TEAL, List.of(), "en", "system", Optional.empty(), Optional.empty(), false);
    }

    private Branding load() {
        Optional<String> logo = repository.imageHash(Branding.ImageKind.LOGO).map(BrandingService::version);
        Optional<String> favicon = repository.imageHash(Branding.ImageKind.FAVICON).map(BrandingService::version);
        Branding base = defaults();
        return repository.settings()
                .map(s -> new Branding(s.communityName(), s.tagline(), s.primaryColour(), s.footerLinks(),
                        s.defaultLanguage(), s.defaultTheme(), logo, favicon, true))
                .orElse(new Branding(base.communityName(), base.tagline(), base.primaryColour(), base.footerLinks(),
                        base.defaultLanguage(), base.defaultTheme(), logo, favicon, false));
    }

    private static String version(String sha256) {
        return sha256.substring(0, 16);
    }

    /** The uploaded image of this kind; empty: the built-in one is shown. Kept in memory like the rest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BrandImage> image(Branding.ImageKind kind) {
        synchronized (images) {
            Optional<BrandImage> known = images.get(kind);
            if (known != null) {
                return known;
            }
        }
        Optional<BrandImage> read = repository.image(kind);
        synchronized (images) {
            images.put(kind, read);
        }
        return read;
    }

    /**
     * Admins set the texts, colour, footer links and defaults together; each input is checked and the
     * first refusal names its field (the API's field names, the page's input ids). Nothing is stored
     * unless all are acceptable.
     */
    public Branding save(String communityName, String tagline, String primaryColour, List<FooterLink> footerLinks,
                         String defaultLanguage, String defaultTheme) {
        Member me = currentMember.requireRole(Role.ADMIN);
        Branding.Settings settings = validate(communityName, tagline, primaryColour, footerLinks, defaultLanguage,
                defaultTheme);
        Branding before = current();
        repository.saveSettings(settings, clock.instant());
        audit.record("branding_change", ContentType.SETTINGS, 0, describe(before), describe(settings));
        evictAfterCommit();
        LOG.info(() -> "Branding changed by member " + me.id() + ": " + describe(settings));
        return preview(settings, before);
    }

    /** Admins replace the logo or the favicon; the bytes must be an image (see {@link BrandImage}). */
    public String saveImage(Branding.ImageKind kind, byte[] bytes) {
        Member me = currentMember.requireRole(Role.ADMIN);
        BrandImage image = BrandImage.of(kind.id(), bytes);
        String before = current().logoVersion().orElse(null);
        if (kind == Branding.ImageKind.FAVICON) {
            before = current().faviconVersion().orElse(null);
        }
        repository.saveImage(kind, image, clock.instant());
        audit.record("branding_" + kind.id(), ContentType.SETTINGS, 0, before,
                image.version() + " " + image.contentType() + " " + image.bytes().length + " bytes");
        evictAfterCommit();
        LOG.info(() -> "Branding " + kind.id() + " " + image.version() + " uploaded by member " + me.id());
        return image.version();
    }

    /** Back to the built-in branding: texts, colour, links, defaults and images. */
    public Branding reset() {
        Member me = currentMember.requireRole(Role.ADMIN);
        Branding before = current();
        repository.clear();
        audit.record("branding_reset", ContentType.SETTINGS, 0, describe(before), null);
        evictAfterCommit();
        LOG.info(() -> "Branding reset to the defaults by member " + me.id());
        return defaults();
    }

    /** Checks every input; package-private for the unit test. */
    static Branding.Settings validate(String communityName, String tagline, String primaryColour,
                                      List<FooterLink> footerLinks, String defaultLanguage, String defaultTheme) {
        String name = communityName == null ? "" : communityName.strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException("communityName", "branding.name.required");
        }
        if (name.length() > Branding.MAX_NAME) {
            throw new InvalidFieldException("communityName", "branding.name.length", Branding.MAX_NAME);
        }
        String line = tagline == null ? "" : tagline.strip();
        if (line.length() > Branding.MAX_TAGLINE) {
            throw new InvalidFieldException("tagline", "branding.tagline.length", Branding.MAX_TAGLINE);
        }
        Colour colour = Colour.parse("primaryColour", primaryColour);
        checkContrast(colour);
        List<FooterLink> links = new ArrayList<>();
        for (FooterLink link : footerLinks == null ? List.<FooterLink>of() : footerLinks) {
            if (link == null || !FooterLink.valid(link.label(), link.url())) {
                throw new InvalidFieldException("footerLinks", "branding.links.invalid", FooterLink.MAX_LABEL);
            }
            links.add(new FooterLink(link.label().strip(), link.url().strip()));
        }
        if (links.size() > Branding.MAX_FOOTER_LINKS) {
            throw new InvalidFieldException("footerLinks", "branding.links.many", Branding.MAX_FOOTER_LINKS);
        }
        String language = defaultLanguage == null ? "" : defaultLanguage.strip().toLowerCase(Locale.ROOT);
        if (!Branding.LANGUAGES.contains(language)) {
            throw new InvalidFieldException("defaultLanguage", "branding.language.invalid");
        }
        String theme = defaultTheme == null ? "" : defaultTheme.strip().toLowerCase(Locale.ROOT);
        if (!Branding.THEMES.contains(theme)) {
            throw new InvalidFieldException("defaultTheme", "branding.theme.invalid");
        }
        return new Branding.Settings(name, line, colour, links, language, theme);
    }

    /** White text on the colour (buttons, header) and the colour as link text on the page background. */
    static void checkContrast(Colour colour) {
        double onWhiteText = colour.contrastWith(Colour.WHITE);
        if (onWhiteText < Colour.NEEDED) {
            throw new InvalidFieldException("primaryColour", "branding.colour.buttons", Colour.ratio(onWhiteText),
                    Colour.ratio(Colour.NEEDED));
        }
        double asLinks = colour.contrastWith(Colour.PAGE);
        if (asLinks < Colour.NEEDED) {
            throw new InvalidFieldException("primaryColour", "branding.colour.links", Colour.ratio(asLinks),
                    Colour.ratio(Colour.NEEDED));
        }
    }

    private static Branding preview(Branding.Settings s, Branding before) {
        return new Branding(s.communityName(), s.tagline(), s.primaryColour(), s.footerLinks(), s.defaultLanguage(),
                s.defaultTheme(), before.logoVersion(), before.faviconVersion(), true);
    }

    private static String describe(Branding b) {
        return b.stored() ? describe(new Branding.Settings(b.communityName(), b.tagline(), b.primaryColour(),
                b.footerLinks(), b.defaultLanguage(), b.defaultTheme())) : "defaults";
    }

    private static String describe(Branding.Settings s) {
        return "name=" + s.communityName() + " tagline=" + s.tagline() + " colour=" + s.primaryColour()
                + " links=" + s.footerLinks().size() + " language=" + s.defaultLanguage() + " theme=" + s.defaultTheme();
    }

    /** Readers in other transactions see the change only after it commits: forget it then, not before. */
    private void evictAfterCommit() {
        cached = null;
        synchronized (images) {
            images.clear();
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED || status == Status.STATUS_ROLLEDBACK) {
                    cached = null;
                    synchronized (images) {
                        images.clear();
                    }
                }
            }
        });
    }
}
