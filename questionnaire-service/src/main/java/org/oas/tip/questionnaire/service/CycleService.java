package org.oas.tip.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.mapping.CycleMapper;
import org.oas.tip.questionnaire.mapping.CycleView;
import org.oas.tip.questionnaire.mapping.NewCycle;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;

import java.util.List;
import java.util.Optional;

/** Rules for opening and reading reporting cycles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleService {

    private final ReportingCycleRepository cycles;

    public CycleService(ReportingCycleRepository cycles) {
        this.cycles = cycles;
    }

    public List<CycleView> list() {
        return cycles.listNewestFirst().stream().map(CycleMapper::toView).toList();
    }

    public Optional<CycleView> find(String code) {
        return cycles.findByCode(code).map(CycleMapper::toView);
    }

    /** Opens a cycle; its code must be new and its deadline not before its opening. */
    @Transactional
    public CycleView open(@Valid NewCycle cycle) {
        if (cycle.deadline().isBefore(cycle.opensOn())) {
            throw Problems.invalid("deadline", "must not be before opensOn " + cycle.opensOn());
        }
        if (cycles.findByCode(cycle.code()).isPresent()) {
            throw Problems.conflict("A cycle with code " + cycle.code() + " already exists");
        }
        var entity = CycleMapper.toEntity(cycle);
        cycles.persist(entity);
        return CycleMapper.toView(entity);
    }
}
