package org.techvoice.draft.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.techvoice.people.TechnicianProfile;

/**
 * The workspace's registered technicians and their departments, read once per draft (not once per quote or
 * person), with how many technicians each department has: a department smaller than the minimum group size is
 * never named beside a quote, because there it would point at one of very few people.
 */
final class TechnicianRegister {

    private final Map<String, String> departmentByPerson = new HashMap<>();
    private final Map<String, Integer> departmentSize = new HashMap<>();
    private final int minimumGroupSize;

    TechnicianRegister(List<TechnicianProfile> technicians, int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
        for (TechnicianProfile technician : technicians) {
            String department = technician.department() == null || technician.department().isBlank() ? null : technician.department().strip();
            if (department != null) {
                departmentByPerson.put(technician.userId(), department);
                departmentSize.merge(department, 1, Integer::sum);
            }
        }
    }

    /** The person's department, or null when not registered or none given. */
    String departmentOf(String userId) {
        return userId == null ? null : departmentByPerson.get(userId);
    }

    /** The department when it has at least the minimum group size of registered technicians. */
    Optional<String> publishableDepartmentOf(String userId) {
        String department = departmentOf(userId);
        return department != null && departmentSize.get(department) >= minimumGroupSize ? Optional.of(department) : Optional.empty();
    }
}
