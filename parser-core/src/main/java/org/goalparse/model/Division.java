package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** A division (課, 担当, センター) of the department. */
public record Division(String name, Person head, Integer staff, List<String> roles) {
    public Division {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
        if (staff != null && staff < 0) {
            throw new IllegalArgumentException("negative staff");
        }
    }
}
