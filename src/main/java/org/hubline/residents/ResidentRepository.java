package org.hubline.residents;

import org.springframework.data.repository.ListCrudRepository;

interface ResidentRepository extends ListCrudRepository<Resident, Long> {
}
