package org.hubline.casework;

import org.springframework.data.repository.CrudRepository;

interface CaseActionRepository extends CrudRepository<CaseAction, Long> {
}
