package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RolesTests {

    @Test
    void everyRoleHasAnAnnotationConstantOfTheSameName() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("IS_")) {
                assertThat(f.get(null)).isEqualTo(f.getName());
                constants.add(f.getName());
            }
        }
        assertThat(constants).isEqualTo(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }

    @Test
    void eachRoleLandsOnItsOwnHomeView() {
        assertThat(Arrays.stream(Role.values()).map(Role::homeRoute).distinct()).hasSize(Role.values().length);
        assertThat(Role.CALL_HANDLER.authority()).isEqualTo("ROLE_CALL_HANDLER");
    }

    @Test
    void aCoordinatorsScopeCoversOnlyTheirHubs() {
        HubScope scope = HubScope.of(Set.of(1L, 3L));
        assertThat(scope.includes(1)).isTrue();
        assertThat(scope.includes(2)).isFalse();
        assertThatThrownBy(() -> scope.require(2)).isInstanceOf(AccessDeniedException.class);
        assertThat(HubScope.everyHub().includes(42)).isTrue();
    }
}
