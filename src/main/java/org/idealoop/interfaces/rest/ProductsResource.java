package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.ProductService;
import org.idealoop.application.RatingService;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.Rating;
import org.idealoop.domain.rating.RatingRepository;
import org.idealoop.domain.rating.RatingSummary;
import org.idealoop.domain.member.Role;

/** Products (managed by admins), their satisfaction ratings (CSAT and NPS) and the ratings export. */
@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @Inject
    ProductService products;

    @Inject
    RatingService ratings;

    @Inject
    RatingRepository ratingRepository;

    @GET
    @Operation(summary = "All products with their team")
    public List<ProductDto> products() {
        return products.products().stream().map(ProductDto::of).toList();
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product (admins): name, slug (optional: made from the name) and team (its slug)")
    public Response create(ProductChangeDto body) {
        ProductChangeDto b = body == null ? new ProductChangeDto(null, null, null) : body;
        Product product = products.createProduct(b.name(), b.slug(), b.team());
        return Response.status(Response.Status.CREATED).entity(ProductDto.of(product)).build();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a product or move it to another team (admins); its slug stays")
    public ProductDto change(@PathParam("slug") String slug, ProductChangeDto body) {
        ProductChangeDto b = body == null ? new ProductChangeDto(null, null, null) : body;
        return ProductDto.of(products.changeProduct(slug, b.name(), b.team()));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a product (admins); one with ratings or stories is refused (409) saying how many")
    public Response delete(@PathParam("slug") String slug) {
        products.deleteProduct(slug);
        return Response.noContent().build();
    }

    /** What an admin gives a product; on a change, a missing name or team stays as it is (the slug stays). */
    public record ProductChangeDto(String name, String slug, String team) {
    }

    @POST
    @Path("{slug}/ratings")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a product: csat 1-5 and nps 0-10 (whole numbers) with an optional comment; rating "
            + "again replaces the current rating and keeps the history")
    public Response rate(@PathParam("slug") String slug, RatingDto body) {
        RatingDto b = body == null ? new RatingDto(null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(ratings.rate(slug, b.csat(), b.nps(), b.comment())).build();
    }

    /** Whole numbers only: 4.5, "5" and 1e400 are refused by the body reader, naming the field. */
    public record RatingDto(Integer csat, Integer nps, String comment) {
    }

    @GET
    @Path("{slug}/ratings/summary")
    @Operation(summary = "Current ratings of a product: count, CSAT average and distribution, NPS with its "
            + "promoters, passives and detractors")
    public RatingSummary summary(@PathParam("slug") String slug) {
        return ratings.summary(slug);
    }

    @GET
    @Path("{slug}/ratings/mine")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Every rating the caller gave this product, oldest first")
    public List<Rating> myHistory(@PathParam("slug") String slug) {
        return ratings.myHistory(slug);
    }

    @GET
    @Path("{slug}/ratings.csv")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
    @Produces("text/csv")
    @Operation(summary = "Every rating of the product as CSV, streamed (the product's team's managers, admins)")
    public Response exportRatings(@PathParam("slug") String slug) {
        Product product = ratings.requireRatingsExport(slug);
        return CsvDownload.of("ratings-" + product.slug() + ".csv", out -> ratingRepository.export(product.id(), out));
    }

    public record ProductDto(String slug, String name, String team) {

        static ProductDto of(Product p) {
            return new ProductDto(p.slug(), p.name(), p.teamSlug());
        }
    }

}
