package org.hubline.intake;

import org.springframework.data.repository.CrudRepository;

interface HelpRequestRepository extends CrudRepository<HelpRequest, Long> {
}
