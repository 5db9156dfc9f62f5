package org.idealoop.domain.branding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.idealoop.domain.InvalidFieldException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A logo or favicon an admin uploaded: its type is read from its bytes (never from a file name or the
 * declared type), raster images must decode, and an SVG must be plain drawing. An SVG carrying script
 * ({@code <script>}, {@code on*=} handlers, {@code javascript:} URLs, {@code foreignObject}) is refused,
 * not cleaned: a cleaned logo would not be the one the admin chose.
 */
public record BrandImage(String contentType, byte[] bytes, String sha256) {

    public static final int MAX_BYTES = 1024 * 1024;

    /** Checks the upload and reads its type; refused as {@code field} ("logo", "favicon"). */
    public static BrandImage of(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException(field, "branding.image.missing");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFieldException(field, "branding.image.large");
        }
        String type = rasterType(bytes);
        if ("broken".equals(type)) {
            throw new InvalidFieldException(field, "branding.image.type");
        }
        if (type == null) {
            if (!looksLikeXml(bytes)) {
                throw new InvalidFieldException(field, "branding.image.type");
            }
            checkSvg(field, bytes);
            type = "image/svg+xml";
        }
        return new BrandImage(type, bytes.clone(), sha256(bytes));
    }

    /** What the URL and the ETag carry: changes whenever the bytes do. */
    public String version() {
        return sha256.substring(0, 16);
    }

    /** PNG, JPEG, GIF and WebP must decode; an icon file is taken by its header. Null: none of these. */
    static String rasterType(byte[] b) {
        String type = null;
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            type = "image/png";
        } else if (starts(b, 0xff, 0xd8, 0xff)) {
            type = "image/jpeg";
        } else if (starts(b, 'G', 'I', 'F', '8')) {
            type = "image/gif";
        } else if (b.length > 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp"; // the JDK cannot decode WebP: its container header is what can be checked
        } else if (b.length > 22 && starts(b, 0, 0, 1, 0) && (b[4] | b[5]) != 0) {
            return "image/x-icon";
        }
        if (type == null) {
            return null;
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(b)) != null) {
                return type;
            }
        } catch (IOException | RuntimeException e) {
            // a broken file with an image's header: refused below like any other non-image
        }
        return "broken";
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeXml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return head.startsWith("<");
    }

    private static void checkSvg(String field, byte[] bytes) {
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException | IOException | RuntimeException e) {
            throw new InvalidFieldException(field, "branding.image.type");
        }
        if (!"svg".equals(localName(root))) {
            throw new InvalidFieldException(field, "branding.image.type");
        }
        if (scripted(root)) {
            throw new InvalidFieldException(field, "branding.image.script");
        }
    }

    /** No DOCTYPE at all: no external entities, no entity expansion bombs. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean scripted(Element element) {
        String name = localName(element).toLowerCase(Locale.ROOT);
        if (name.equals("script") || name.equals("foreignobject") || name.equals("handler")) {
            return true;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = localName(attribute).toLowerCase(Locale.ROOT);
            if (attributeName.startsWith("on") || dangerousUrl(attribute.getValue())) {
                return true;
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && scripted(e)) {
                return true;
            }
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if ("style".equals(name) && dangerousUrl(child.getNodeValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code javascript:} however it is spelled: browsers skip whitespace and control characters in it. */
    static boolean dangerousUrl(String value) {
        StringBuilder compact = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ') {
                compact.append(Character.toLowerCase(c));
            }
        }
        String text = compact.toString();
        return text.contains("javascript:") || text.contains("vbscript:") || text.contains("data:text/html");
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
