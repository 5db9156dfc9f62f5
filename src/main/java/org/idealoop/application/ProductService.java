package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.product.ProductRepository;
import org.idealoop.domain.product.ProductUse;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.text.PlainText;

/** The products teams make, which customers rate and tell stories about: everyone reads them, admins manage them. */
@ApplicationScoped
@Transactional
public class ProductService {

    /** Products per page of the admins' list. */
    public static final int PRODUCT_PAGE = 25;

    private static final Logger LOG = Logger.getLogger(ProductService.class.getName());

    @Inject
    ProductRepository products;

    @Inject
    TeamService teams;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService moderation;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Product> products() {
        return products.all();
    }

    /** The product of that slug; an unknown one is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Product product(String slug) {
        return products.find(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("product " + slug));
    }

    /** Admins add a product to the team the path names (an unknown team is not found); its slug is made from its name. */
    public Product addProduct(String teamSlug, String name) {
        currentMember.requireRole(Role.ADMIN);
        return createProduct(name, null, teams.get(teamSlug).slug());
    }

    /**
     * Admins add a product: its name, its address name (made from the name when blank) and the team that
     * makes it. A taken address name or an unknown team is refused naming the field; nothing is stored.
     */
    public Product createProduct(String name, String slug, String teamSlug) {
        currentMember.requireRole(Role.ADMIN);
        String validName = productName(name);
        String validSlug;
        if (slug == null || slug.isBlank()) {
            validSlug = Slug.of(validName);
            if (products.find(validSlug).isPresent()) {
                throw new ConflictException("name", "product.name.taken");
            }
        } else {
            validSlug = slug.strip();
            if (validSlug.length() < 2 || validSlug.length() > 60 || !TeamService.SLUG.matcher(validSlug).matches()) {
                throw new InvalidFieldException("slug", "product.slug.invalid");
            }
            if (products.find(validSlug).isPresent()) {
                throw new ConflictException("slug", "product.slug.taken");
            }
        }
        ProductTeam team = productTeam(teamSlug);
        Product added = products.add(validSlug, validName, team.id(), clock.instant());
        moderation.record("product_create", ContentType.PRODUCT, added.id(), null, describe(added));
        LOG.info(() -> "Product " + added.id() + " (" + added.slug() + ") added to team " + team.id());
        return added;
    }

    /** A page of products with their team and use, by name; {@code text} narrows to names or slugs containing it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<ProductUse> productList(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        String q = text == null ? "" : text.strip();
        if (q.length() > 80) {
            throw new InvalidFieldException("q", "products.q.length");
        }
        int p = Paged.number(page);
        return Paged.of(products.uses(q, (p - 1) * PRODUCT_PAGE, PRODUCT_PAGE + 1), p, PRODUCT_PAGE);
    }

    /** Admins rename a product or move it to another team (null: unchanged); its address stays. */
    public Product changeProduct(String slug, String name, String teamSlug) {
        currentMember.requireRole(Role.ADMIN);
        Product product = lock(slug).product();
        String newName = name == null ? product.name() : productName(name);
        long teamId = teamSlug == null ? product.teamId() : productTeam(teamSlug).id();
        products.change(product.id(), newName, teamId);
        Product changed = product(product.slug());
        moderation.record("product_change", ContentType.PRODUCT, product.id(), describe(product), describe(changed));
        return changed;
    }

    /** Admins delete a product nothing refers to; one with ratings or stories is refused, saying how many. */
    public void deleteProduct(String slug) {
        currentMember.requireRole(Role.ADMIN);
        ProductUse use = lock(slug);
        if (use.ratings() > 0 || use.stories() > 0) {
            throw new ConflictException("product", "product.delete.inUse", use.ratings(), use.stories());
        }
        products.delete(use.product().id());
        moderation.record("product_delete", ContentType.PRODUCT, use.product().id(), describe(use.product()), null);
        LOG.info(() -> "Product " + use.product().id() + " (" + use.product().slug() + ") deleted");
    }

    private ProductUse lock(String slug) {
        return products.lock(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("product " + slug));
    }

    private static String productName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "product.name.required");
        }
        String n = name.strip();
        if (n.length() < 2 || n.length() > 80) {
            throw new InvalidFieldException("name", "product.name.length");
        }
        return PlainText.requireLine("name", n);
    }

    /** The team a product is given to, named in the body: missing or unknown is bad input of "team". */
    private ProductTeam productTeam(String teamSlug) {
        if (teamSlug == null || teamSlug.isBlank()) {
            throw new InvalidFieldException("team", "product.team.required");
        }
        return teams.all().stream().filter(t -> t.slug().equals(teamSlug.strip())).findFirst()
                .orElseThrow(() -> new InvalidFieldException("team", "product.team.unknown"));
    }

    private static String describe(Product p) {
        return "slug=" + p.slug() + " name=" + p.name() + " team=" + p.teamSlug();
    }
}
