package org.techvoice.playground;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page itself and its assets, from {@code classpath:/playground/} (not {@code static/}, so nothing of it is
 * served outside playground mode), and the files the app uploaded.
 */
@RestController
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundPages {

    private static final Map<String, MediaType> ASSET_TYPES = Map.of(
            "js", MediaType.valueOf("text/javascript;charset=UTF-8"),
            "css", MediaType.valueOf("text/css;charset=UTF-8"),
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG);

    private final PlaygroundWorkspace workspace;

    PlaygroundPages(PlaygroundWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/")
    ResponseEntity<Resource> page() {
        return asset("index.html", MediaType.valueOf("text/html;charset=UTF-8"));
    }

    @GetMapping("/playground/{name:[A-Za-z0-9_-]+}.{extension:js|css|svg|png}")
    ResponseEntity<Resource> asset(@PathVariable String name, @PathVariable String extension) {
        return asset(name + "." + extension, ASSET_TYPES.get(extension));
    }

    @GetMapping(PlaygroundPaths.FILES + "/{id}")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        return workspace.file(id).map(file -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A canvas link as the app builds it: {@code <workspace url>docs/<team>/<canvas id>}; rendered as a canvas is. */
    @GetMapping("/playground/docs/{team}/{id}")
    ResponseEntity<String> canvas(@PathVariable String team, @PathVariable String id) {
        return workspace.file(id).map(file -> ResponseEntity.ok().contentType(MediaType.valueOf("text/html;charset=UTF-8"))
                .header("Content-Security-Policy", CanvasPage.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(CanvasPage.page(file.title(), new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> asset(String name, MediaType type) {
        Resource resource = new ClassPathResource("playground/" + name);
        if (!resource.exists()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(resource);
    }
}
