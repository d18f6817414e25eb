package vn.renluyen.search;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.renluyen.PortalIntegrationTest;

/** /api/search as an anonymous client calls it, through the security filters. */
@PortalIntegrationTest
class SearchApiIT {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anonymousClientsGetTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/search").param("q", "dieu le dang").param("type", "module").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.hits.length()").value(3))
                .andExpect(jsonPath("$.hits[0].type").value("module"))
                .andExpect(jsonPath("$.hits[0].slug").value("noi-dung-co-ban-cua-dieu-le-dang"))
                .andExpect(jsonPath("$.hits[0].title").value("Nội dung cơ bản của Điều lệ Đảng"))
                .andExpect(jsonPath("$.hits[0].url").value("/khoa-hoc/boi-duong-nhan-thuc-ve-dang/noi-dung-co-ban-cua-dieu-le-dang"))
                .andExpect(jsonPath("$.hits[0].snippet").isString())
                .andExpect(jsonPath("$.hits[0].score").isNumber());
    }

    @Test
    void badInputNeverFails() throws Exception {
        for (String q : List.of("", "   ", "\"", "*", ":", "(", "~", "\\", "<b>đảng</b>", "đảng\u0001viên", "a:b AND c*")) {
            mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.hits").isArray());
        }
        mvc.perform(get("/api/search")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void overLongQueriesAndBadParametersGetProblemJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "đ".repeat(10_000)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(get("/api/search").param("q", "đảng").param("limit", "51")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "đảng").param("limit", "mười")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "đảng").param("type", "secret")).andExpect(status().isBadRequest());
    }
}
