package org.hubline.volunteers;

import org.springframework.data.repository.CrudRepository;

interface VolunteerTaskRepository extends CrudRepository<VolunteerTask, Long> {
}
