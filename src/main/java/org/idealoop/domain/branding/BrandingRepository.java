package org.idealoop.domain.branding;

import java.time.Instant;
import java.util.Optional;

/** The one stored branding row and the uploaded images. */
public interface BrandingRepository {

    /** What an admin saved; empty while the install shows its defaults. */
    Optional<Branding.Settings> settings();

    void saveSettings(Branding.Settings settings, Instant at);

    /** The SHA-256 of each stored image, without reading the bytes. */
    Optional<String> imageHash(Branding.ImageKind kind);

    Optional<BrandImage> image(Branding.ImageKind kind);

    void saveImage(Branding.ImageKind kind, BrandImage image, Instant at);

    /** Back to the defaults: the row and the images go. */
    void clear();
}
