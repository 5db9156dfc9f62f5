package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.ProductService;
import org.idealoop.application.Paged;
import org.idealoop.application.TeamService;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.product.ProductUse;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/products: the products with their team and what refers to them, searched and paged; a form to
 * add one and, for the product picked from the list (?product=), one to rename it, move it to another
 * team or delete it. A refusal (a taken address name, a product still rated) is shown beside its field
 * or at the top of the page by the DomainErrorHandler.
 */
@Named
@ViewScoped
public class ProductsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductService products;

    @Inject
    TeamService teams;

    private String q;
    private Integer page;

    private String name;
    private String slug;
    private String team;

    /** The product being changed (from ?product=), with the values of the change form. */
    private String product;
    private String pickedName;
    private String editName;
    private String editTeam;

    private transient Paged<ProductUse> listing;
    private transient List<ProductTeam> allTeams;

    /** Fills the change form with the picked product's values; an unknown product is the 404 page. */
    public void load() {
        if (product != null && !product.isBlank()) {
            Product picked = products.product(product);
            pickedName = picked.name();
            editName = picked.name();
            editTeam = picked.teamSlug();
        }
    }

    public void create() {
        Product created = products.createProduct(name, slug, team);
        Pages.info("admin.products.created", created.name());
        name = null;
        slug = null;
        team = null;
        listing = null;
    }

    public void change() {
        Product changed = products.changeProduct(product, editName, editTeam);
        Pages.info("admin.products.changed", changed.name());
        pickedName = changed.name();
        listing = null;
    }

    public void delete() {
        products.deleteProduct(product);
        Pages.info("admin.products.deleted", pickedName);
        Pages.keepMessages();
        Pages.redirect(ListLinks.page("/admin/products", q, 1));
    }

    public Paged<ProductUse> getListing() {
        if (listing == null) {
            listing = products.productList(q, page);
        }
        return listing;
    }

    public String pageLink(int number) {
        return ListLinks.page("/admin/products", q, number);
    }

    public List<ProductTeam> getTeams() {
        if (allTeams == null) {
            allTeams = teams.all();
        }
        return allTeams;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    /** The picked product's name as stored (the change form may hold a new one). */
    public String getPickedName() {
        return pickedName;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditTeam() {
        return editTeam;
    }

    public void setEditTeam(String editTeam) {
        this.editTeam = editTeam;
    }
}
