package org.hubline.casework;

import org.springframework.data.repository.CrudRepository;

interface HouseholdCaseRepository extends CrudRepository<HouseholdCase, Long> {
}
