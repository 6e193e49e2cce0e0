package org.hubline.intake;

import org.springframework.data.repository.CrudRepository;

interface NeedRepository extends CrudRepository<Need, Long> {
}
