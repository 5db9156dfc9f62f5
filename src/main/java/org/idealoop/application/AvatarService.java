package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.MemberRepository;

/** Members' avatars: small PNG, JPEG, GIF or WebP images, checked to be what they claim. */
@ApplicationScoped
@Transactional
public class AvatarService {

    public static final int MAX_AVATAR_BYTES = 512 * 1024;
    static final Set<String> AVATAR_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @Inject
    MemberRepository members;

    @Inject
    MemberService memberService;

    public void setAvatar(long memberId, byte[] image, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (image == null || image.length == 0) {
            throw new InvalidFieldException("avatar", "member.avatar.missing");
        }
        if (image.length > MAX_AVATAR_BYTES) {
            throw new InvalidFieldException("avatar", "member.avatar.large");
        }
        if (!AVATAR_TYPES.contains(type) || !isImage(image, type)) {
            throw new InvalidFieldException("avatar", "member.avatar.type");
        }
        members.saveAvatar(memberService.get(memberId).id(), new MemberRepository.Avatar(type, image));
    }

    public void removeAvatar(long memberId) {
        members.removeAvatar(memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAvatar(long memberId) {
        return members.hasAvatar(memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MemberRepository.Avatar> avatar(long memberId) {
        return members.avatarOf(memberId);
    }

    private static boolean isImage(byte[] bytes, String type) {
        if ("image/webp".equals(type)) {
            return bytes.length > 12 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                    && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP");
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
