package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.TestMediaAccess;
import vn.renluyen.TestPdfs;
import vn.renluyen.Users;

/** GET /media/{id}/{variant} through the security filters, as browsers and caches call it. */
@PortalIntegrationTest
class MediaDeliveryIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MediaService media;
    @Autowired
    UserDetailsService users;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void publicImagesAreDeliveredWithLongCachingAndRevalidateTo304() throws Exception {
        StoredMedia stored = media.storeImage(TestMediaAccess.PUBLIC, 1L, "Lễ kết nạp.png", TestImages.png(900, 600, true));
        String etag = "\"" + stored.sha256() + "-800\"";

        MvcResult result = mvc.perform(get(stored.url("800")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
                .andExpect(header().doesNotExist("Pragma"))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"Le_ket_nap.png\"; filename*=UTF-8''L%E1%BB%85%20k%E1%BA%BFt%20n%E1%BA%A1p.png"))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(TestImages.decode(body).getWidth()).isEqualTo(800);
        assertThat(result.getResponse().getContentLength()).isEqualTo(body.length);

        mvc.perform(get(stored.url("800")).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get(stored.url("400")).header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void unknownIdsAndVariantsAre404ProblemJson() throws Exception {
        StoredMedia image = media.storeImage(TestMediaAccess.PUBLIC, 1L, "a.png", TestImages.png(20, 20, false));
        for (String path : new String[] {"/media/999999999/400", "/media/abc/400", "/media/0/400",
                "/media/" + image.id() + "/500", "/media/" + image.id() + "/original", "/media/" + image.id(),
                "/media/" + image.id() + "/400/x", "/media"}) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Không tìm thấy tệp"));
        }
    }

    @Test
    void mediaNoPolicyAllowsLookExactlyLikeMissingOnes() throws Exception {
        StoredMedia unclaimed = media.storeImage("no-such-owner", 1L, "a.png", TestImages.png(20, 20, false));
        StoredMedia secret = media.storeImage(TestMediaAccess.SECRET, 1L, "a.png", TestImages.png(20, 20, false));
        String missing = mvc.perform(get("/media/999999999/400")).andReturn().getResponse().getContentAsString();

        for (StoredMedia refused : new StoredMedia[] {unclaimed, secret}) {
            String body = mvc.perform(get(refused.url("400")).with(as("admin")))
                    .andExpect(status().isNotFound())
                    .andExpect(header().doesNotExist("ETag"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body.replace("/media/" + refused.id() + "/", "/media/999999999/")).isEqualTo(missing);
        }
    }

    @Test
    void mediaForSomeReadersAreNeverCachedBySharedCaches() throws Exception {
        StoredMedia members = media.storeImage(TestMediaAccess.MEMBERS, 5L, "a.jpg", TestImages.jpeg(300, 200));

        mvc.perform(get(members.url("400"))).andExpect(status().isNotFound());
        mvc.perform(get(members.url("400")).with(as("dangvien")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void mediaNotAttachedYetAreSeenByTheirUploaderOnly() throws Exception {
        StoredMedia draft = Users.as(users, "bientap",
                () -> media.storeImage(TestMediaAccess.PUBLIC, null, "a.png", TestImages.png(20, 20, false)));

        mvc.perform(get(draft.url("400"))).andExpect(status().isNotFound());
        mvc.perform(get(draft.url("400")).with(as("xuatban"))).andExpect(status().isNotFound());
        mvc.perform(get(draft.url("400")).with(as("bientap")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-store"));

        media.attach(draft.id(), TestMediaAccess.PUBLIC, 8L);
        mvc.perform(get(draft.url("400")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"));
    }

    @Test
    void documentsAreDownloadsWithTheirNameInAsciiAndUtf8() throws Exception {
        byte[] pdf = TestPdfs.onePage("Quyet dinh ket nap Dang");
        StoredMedia document = media.storeDocument(TestMediaAccess.MEMBERS, 2L, "Quyết định \"kết nạp\" Đảng", pdf);

        mvc.perform(get(document.url("original")).with(as("dangvien")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Quyet_dinh_ket_nap_Dang.pdf\";"
                        + " filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20%22k%E1%BA%BFt%20n%E1%BA%A1p%22%20%C4%90%E1%BA%A3ng.pdf"))
                .andExpect(header().string("ETag", "\"" + document.sha256() + "-original\""));
        mvc.perform(get(document.url("original"))).andExpect(status().isNotFound());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
