package org.oas.tip.registry.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.oas.tip.registry.config.RenderingConfig;
import org.oas.tip.registry.mapping.ViewShape;
import org.oas.tip.registry.repository.InstrumentVersionRepository;

import java.util.List;

/**
 * Renders, in batches in the background, the stored versions that have no rendering of this build's view shape: those
 * written before renderings existed or by SQL (migrations, bench data), and all of them after the view changed. A version
 * read serves such a version from its data meanwhile; renderings are idempotent, so instances may overlap.
 */
@ApplicationScoped
public class VersionRenderingPass {

    private static final Logger LOG = Logger.getLogger(VersionRenderingPass.class);

    private final InstrumentVersionRepository versions;
    private final VersionRenderer renderer;
    private final RenderingConfig config;

    public VersionRenderingPass(InstrumentVersionRepository versions, VersionRenderer renderer, RenderingConfig config) {
        this.versions = versions;
        this.renderer = renderer;
        this.config = config;
    }

    @Scheduled(identity = "version-rendering", every = "${tip.registry.rendering.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int rendered = run();
        if (rendered > 0) {
            LOG.infof("rendered %d stored instrument versions", rendered);
        }
    }

    /** One pass: renders up to a batch of versions without a rendering of this shape; how many it rendered. */
    @Transactional
    public int run() {
        List<InstrumentVersionRepository.Unrendered> batch = versions.unrendered(ViewShape.CURRENT, config.batch());
        versions.saveRenderings(batch.stream().map(u -> {
            VersionRenderer.Rendering r = renderer.render(u.data());
            return new InstrumentVersionRepository.Rendered(u.instrumentId(), u.revision(), r.text(), r.cyclesAt(), r.shape());
        }).toList());
        return batch.size();
    }
}
