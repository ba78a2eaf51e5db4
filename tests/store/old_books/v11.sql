-- A custui book at schema v11, made by custui at commit e2bc8bc Terminal bench: programs keep their compiled modules, as installed ones do; one tm
-- by tests/store/old_books/make_old_books.py; regenerate it there, never edit it.
PRAGMA user_version = 11;
PRAGMA application_id = 1129665364;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    industry         TEXT,
    size             INTEGER CHECK (size IS NULL OR size >= 0),
    region           TEXT,
    city             TEXT,
    street          TEXT,
    phone            TEXT,
    phone_e164       TEXT,
    email            TEXT,
    website          TEXT,
    source           TEXT,
    grade            TEXT CHECK (grade IS NULL OR grade IN ('key', 'potential', 'normal')),
    need_match       INTEGER CHECK (need_match BETWEEN 1 AND 5),
    win_likelihood   INTEGER CHECK (win_likelihood BETWEEN 1 AND 5),
    growth_potential INTEGER CHECK (growth_potential BETWEEN 1 AND 5),
    strategic        INTEGER CHECK (strategic BETWEEN 1 AND 5),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    merged_into      INTEGER REFERENCES customers(id),
    deleted_at       TEXT
, import_id INTEGER REFERENCES imports(id), postcode TEXT, country TEXT, phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1)));
INSERT INTO customers VALUES(1,'C00001','深圳市瑞云信息技术有限公司','company','软件 IT & Software',340,'广东','深圳','宝安区学府路192号','0755 9915 6685','+8675599156685','xlu@ruiyun.cn','https://www.ruiyun.cn','转介绍 Referral','normal',3,3,NULL,1,NULL,'2025-09-30T08:20:00+00:00','2026-10-30T05:45:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(2,'C00002','Valenzuela Technologies Inc.','company','软件 IT & Software',17,'California','Los Angeles','1576 Lisa Motorway','(213) 263-7131','+12132637131','purchasing@valenzuela.com','https://www.valenzuela.com','转介绍 Referral','potential',3,3,5,2,'Budget cycle starts in January.','2026-09-24T17:20:00+00:00','2026-10-14T17:30:00+00:00',1,NULL,NULL,NULL,'90092','US',0);
INSERT INTO customers VALUES(3,'C00003','合肥市鑫宏电子实业有限公司','company','制造 Manufacturing',20,'安徽','合肥','包河区学府路315号','+86 182-1663-9404','+8618216639404','caixiulan@xinhong.cn','https://www.xinhong.cn','电话陌拜 Cold call','normal',4,4,NULL,2,NULL,'2024-01-12T03:45:00+00:00','2025-06-14T09:35:00+00:00',2,NULL,'2026-12-03T12:03:15+00:00',NULL,NULL,'CN',0);
INSERT INTO customers VALUES(4,'C00004','宏弘科技股份有限公司','company','软件 IT & Software',420,'山东','青岛','黄岛区工业大道697号','+86 532 41007782','+8653241007782','qiang.xiao@honghong.com','https://www.honghong.com','电话陌拜 Cold call','key',5,NULL,5,NULL,'付款一般月结60天。','2023-12-08T08:25:00+00:00','2026-02-15T02:40:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(5,'C00005','杭州市科远商贸有限公司','company','零售 Retail',67,'浙江','杭州','余杭区金融街936号B座2603室','132-4063-4944','+8613240634944','haiyan.wang@keyuan.com.cn','https://www.keyuan.com.cn','转介绍 Referral','normal',3,NULL,4,4,NULL,'2024-01-27T04:10:00+00:00','2026-06-08T09:30:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(6,'C00006','Beacon Industrial Co., Ltd.','company','制造 Manufacturing',47,'Illinois','Chicago','491 Green Cape','1-773-758-3581','+17737583581',NULL,'http://beacon.com','官网 Website','key',4,3,2,4,'Engineering lead drives the decision. Price sensitive; also talking to a competitor.','2024-07-28T17:20:00+00:00','2025-08-08T15:40:00+00:00',1,NULL,NULL,NULL,'60657','US',0);
INSERT INTO customers VALUES(7,'C00007','诚捷凌供应链管理股份有限公司','company','物流 Logistics',56,'湖北','武汉','洪山区人民路213号','188 8002 1054','+8618880021054','liyong@chengjieling.com','https://www.chengjieling.com','阿里巴巴 Alibaba','normal',NULL,NULL,2,2,'由老客户介绍，关系不错。去年扩建了新厂房，设备需求增加。','2024-03-25T01:20:00+00:00','2024-12-13T09:00:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(8,'C00008','何凤兰','person','教育 Education',NULL,'上海','上海','浦东新区长江路793号','(+86)18747607395','+8618747607395','fhe453@163.com',NULL,'老客户 Existing customer','potential',2,NULL,3,3,'喜欢先看样品再决定。','2024-09-25T08:00:00+00:00','2025-06-16T03:45:00+00:00',1,NULL,NULL,NULL,NULL,'CN',0);
INSERT INTO customers VALUES(9,'C00009','廣州華創科技有限公司','company','制造 Manufacturing',NULL,'廣東','廣州','廣州市天河區珠江新城華夏路10號','020-8888 6666','+862088886666','chen.zhiming@huachuang.com.cn',NULL,NULL,'key',NULL,NULL,NULL,NULL,'繁體字客戶，香港展會認識','2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(10,'C00010','深圳市腾飞电子有限公司','company','软件 IT & Software',NULL,'广东','深圳','深圳市南山区科技园路1号','138 0013 8000','+8613800138000','zhangwei@tengfei.cn',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'年底有设备升级预算','2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(11,'C00011','深圳市腾飞科技有限公司','company',NULL,NULL,NULL,'深圳',NULL,'0755-2666 8888','+8675526668888',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(12,'C00012','Northwind Traders Limited','company','零售 Retail',NULL,NULL,'London','12 Baker Street, London W1U 3BW, UK','+44 20 7946 0958','+442079460958','m.peacock@northwind.co.uk',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',2,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(13,'C00013','李娜','person',NULL,NULL,NULL,'上海',NULL,'139 1234 5678','+8613912345678',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(14,'C00014','Northwind Traders Limited','company',NULL,NULL,NULL,'London',NULL,'+44 20 7946 0958','+442079460958','m.peacock@northwind.co.uk',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',2,12,NULL,NULL,NULL,NULL,0);
INSERT INTO customers VALUES(15,'C00015','臺灣聯華電子股份有限公司','company','制造 Manufacturing',NULL,NULL,'臺北','臺北市信義區松仁路100號','+886 2 2345 6789','+886223456789',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,1,NULL,NULL,0);
INSERT INTO customers VALUES(16,'C00016','杭州绿源茶业有限公司','company','食品 Food',NULL,NULL,'杭州','浙江省杭州市西湖区龙井路8号','0571-8765 4321','+8657187654321',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,1,NULL,NULL,0);
INSERT INTO customers VALUES(17,'C00017','Bergmann GmbH','company',NULL,NULL,NULL,'München','Hauptstraße 5','+49 89 1234567','+49891234567',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL,1,'80331','DE',0);
CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at     TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('visit','call','meeting','email','message','event','other')),
    summary         TEXT NOT NULL DEFAULT '',
    owner           TEXT,
    sentiment       TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive','neutral','negative')),
    next_action     TEXT,
    next_action_due TEXT,
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at      TEXT NOT NULL,
    deleted_at      TEXT
, import_id INTEGER REFERENCES imports(id), contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL);
INSERT INTO interactions VALUES(1,1,'2025-10-07T04:50:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','安排技术交流','2025-10-28',1,'2025-10-07T07:21:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(2,1,'2025-12-18T07:00:00+00:00','message','微信发送备品备件视频，鹿总很感兴趣','王磊','positive','寄送样品','2025-12-21',1,'2025-12-18T08:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(3,1,'2026-04-12T05:35:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-04-12T06:32:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(4,1,'2026-06-28T03:25:00+00:00','message','微信发送技术培训视频，鹿总很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-06-28T06:35:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(5,1,'2026-10-16T02:45:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-10-16T05:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(6,2,'2026-09-25T14:20:00+00:00','call','Followed up on the MES software licence quote; waiting for internal approval','Emily Zhao','neutral','Confirm delivery date','2026-10-03',1,'2026-09-25T16:08:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(7,2,'2026-10-02T15:55:00+00:00','call','Followed up on the SV-750 servo motor quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2026-10-02T16:17:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(8,2,'2026-10-08T19:20:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive','Ship samples','2026-10-10',1,'2026-10-08T22:40:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(9,2,'2026-10-15T16:00:00+00:00','email','E-mail from Tony: a competitor quoted 15% lower','王磊','negative',NULL,NULL,1,'2026-10-15T16:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(10,2,'2026-10-26T21:40:00+00:00','meeting','Annual review: framework agreement and rebates','王磊','neutral',NULL,NULL,1,'2026-10-27T01:04:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(11,2,'2026-11-08T19:40:00+00:00','call','Check-in call on the last MES software licence shipment; running well','王磊','positive','Chase payment','2026-11-22',0,'2026-11-08T20:56:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(12,3,'2024-01-19T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-02-09',1,'2024-01-19T05:19:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(13,3,'2024-03-06T02:20:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral','约见采购经理','2024-03-17',1,'2024-03-06T02:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(14,3,'2024-04-08T07:30:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-04-08T10:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(15,3,'2024-05-17T04:35:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-05-17T08:34:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(16,3,'2024-06-11T05:00:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-11T08:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(17,3,'2024-06-29T03:40:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','发送正式报价','2024-07-17',1,'2024-06-29T07:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(18,3,'2024-08-10T06:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative','回访使用情况','2024-08-25',1,'2024-08-10T08:52:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(19,3,'2024-09-17T06:15:00+00:00','other','节日礼品寄送，客户致谢','李娜','positive',NULL,NULL,1,'2024-09-17T09:53:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(20,3,'2024-10-25T09:10:00+00:00','other','更新客户资料和联系人','王磊','neutral',NULL,NULL,1,'2024-10-25T11:42:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(21,3,'2024-11-17T04:20:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-11-17T05:58:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(22,3,'2024-12-04T02:35:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','确认交期','2024-12-25',1,'2024-12-04T06:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(23,3,'2024-12-28T03:25:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2024-12-28T04:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(24,3,'2025-02-07T04:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-02-07T04:55:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(25,3,'2025-02-28T06:10:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2025-02-28T09:46:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(26,3,'2025-04-11T01:05:00+00:00','event','进博会上交流，客户对年度维保服务感兴趣','王磊','positive',NULL,NULL,1,'2025-04-11T02:56:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(27,3,'2025-05-08T08:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-05-08T10:15:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(28,3,'2025-06-16T04:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','约见采购经理','2025-06-23',1,'2025-06-16T06:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(29,3,'2025-07-22T09:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2025-07-22T10:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(30,3,'2025-08-19T03:50:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-08-19T03:55:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(31,3,'2025-09-23T01:35:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-09-23T02:07:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(32,3,'2025-10-31T05:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-10-31T05:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(33,3,'2025-12-09T03:20:00+00:00','visit','拜访蔡经理，参观生产线，讨论年度维保服务升级方案','王磊','positive','安排技术交流','2025-12-22',1,'2025-12-09T06:46:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(34,3,'2026-01-07T01:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-01-07T03:54:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(35,3,'2026-02-08T05:45:00+00:00','call','电话回访上批年度维保服务使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-02-08T09:12:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(36,3,'2026-02-25T05:00:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','王磊','positive',NULL,NULL,1,'2026-02-25T07:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(37,3,'2026-03-15T01:40:00+00:00','call','电话跟进年度维保服务报价，对方需要内部审批','李娜','neutral',NULL,NULL,1,'2026-03-15T03:30:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(38,3,'2026-04-02T03:40:00+00:00','meeting','商务谈判，客户要求再降价8%','王磊','negative',NULL,NULL,1,'2026-04-02T04:10:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(39,3,'2026-04-19T03:00:00+00:00','message','微信发送年度维保服务视频，蔡经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-04-19T04:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(40,3,'2026-05-29T06:40:00+00:00','meeting','与采购和技术部开会，确认年度维保服务技术参数','陈晓峰','positive',NULL,NULL,1,'2026-05-29T08:58:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(41,3,'2026-07-07T07:50:00+00:00','call','电话沟通四季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-07-07T09:53:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(42,3,'2026-08-03T09:25:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-03T10:04:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(43,3,'2026-09-07T05:35:00+00:00','visit','上门拜访蔡经理，介绍新款年度维保服务','王磊','neutral',NULL,NULL,1,'2026-09-07T06:30:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(44,3,'2026-09-24T05:00:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-09-24T06:45:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(45,3,'2026-10-19T07:00:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-10-19T10:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(46,3,'2026-11-04T07:10:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-11-04T09:46:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(47,4,'2023-12-10T01:35:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2023-12-10T01:44:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(48,4,'2023-12-17T06:25:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2023-12-17T08:38:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(49,4,'2023-12-28T03:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2023-12-28T05:01:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(50,4,'2024-01-08T01:35:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','陈晓峰','neutral','准备合同草案','2024-01-29',1,'2024-01-08T03:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(51,4,'2024-01-20T03:15:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-01-20T04:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(52,4,'2024-01-31T01:35:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-01-31T05:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(53,4,'2024-02-15T06:10:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-15T10:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(54,4,'2024-02-24T07:55:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive',NULL,NULL,1,'2024-02-24T10:06:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(55,4,'2024-03-11T06:30:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','王磊','neutral',NULL,NULL,1,'2024-03-11T09:07:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(56,4,'2024-03-24T03:45:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-03-24T04:44:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(57,4,'2024-04-03T02:55:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-04-03T04:30:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(58,4,'2024-04-14T03:45:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-04-14T06:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(59,4,'2024-04-25T03:00:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-04-25T04:38:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(60,4,'2024-05-03T07:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','寄送样品','2024-05-08',1,'2024-05-03T08:21:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(61,4,'2024-05-15T07:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-05-15T10:22:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(62,4,'2024-05-24T07:35:00+00:00','other','寄送技术培训样品','王磊','neutral',NULL,NULL,1,'2024-05-24T10:39:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(63,4,'2024-05-30T06:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2024-05-30T10:03:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(64,4,'2024-06-15T04:30:00+00:00','event','进博会上交流，客户对技术培训感兴趣','陈晓峰','positive',NULL,NULL,1,'2024-06-15T08:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(65,4,'2024-06-21T08:55:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-06-21T11:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(66,4,'2024-07-07T08:35:00+00:00','call','客户来电投诉交货延迟','陈晓峰','negative',NULL,NULL,1,'2024-07-07T10:57:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(67,4,'2024-07-18T02:40:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2024-07-18T03:56:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(68,4,'2024-08-01T01:30:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','确认交期','2024-08-03',1,'2024-08-01T04:32:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(69,4,'2024-08-17T05:20:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive',NULL,NULL,1,'2024-08-17T07:56:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(70,4,'2024-08-30T07:10:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-08-30T08:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(71,4,'2024-09-08T07:10:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-09-08T07:50:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(72,4,'2024-09-14T07:20:00+00:00','visit','上门拜访萧经理，介绍新款技术培训','陈晓峰','neutral',NULL,NULL,1,'2024-09-14T09:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(73,4,'2024-09-26T07:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2024-09-29',1,'2024-09-26T08:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(74,4,'2024-10-12T01:15:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2024-10-12T03:18:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(75,4,'2024-10-18T03:05:00+00:00','meeting','与采购和技术部开会，确认技术培训技术参数','陈晓峰','positive','邀请参观工厂','2024-10-26',1,'2024-10-18T04:35:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(76,4,'2024-10-26T07:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2024-10-26T07:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(77,4,'2024-11-01T01:35:00+00:00','visit','拜访萧经理，参观生产线，讨论触摸屏 HMI-10升级方案','王磊','positive',NULL,NULL,1,'2024-11-01T05:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(78,4,'2024-11-11T06:50:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','回访使用情况','2024-12-02',1,'2024-11-11T10:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(79,4,'2024-11-25T04:30:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive','发送正式报价','2024-12-14',1,'2024-11-25T08:23:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(80,4,'2024-12-10T05:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','李娜','positive',NULL,NULL,1,'2024-12-10T08:23:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(81,4,'2024-12-23T07:25:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','安排技术交流','2024-12-25',1,'2024-12-23T09:18:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(82,4,'2024-12-31T05:05:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','寄送样品','2025-01-05',1,'2024-12-31T07:04:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(83,4,'2025-01-09T09:15:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-01-09T11:41:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(84,4,'2025-01-22T04:00:00+00:00','event','广交会上交流，客户对触摸屏 HMI-10感兴趣','李娜','positive','寄送样品','2025-02-11',1,'2025-01-22T06:17:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(85,4,'2025-01-29T05:55:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2025-01-29T06:48:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(86,4,'2025-02-12T03:35:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2025-02-12T04:47:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(87,4,'2025-02-28T03:35:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-02-28T06:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(88,4,'2025-03-09T04:10:00+00:00','event','邀请萧经理参加新品发布会','陈晓峰','neutral',NULL,NULL,1,'2025-03-09T07:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(89,4,'2025-03-19T08:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-03-28',1,'2025-03-19T08:52:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(90,4,'2025-04-03T03:35:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-04-13',1,'2025-04-03T06:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(91,4,'2025-04-19T07:15:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-19T09:10:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(92,4,'2025-04-25T09:20:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral','邀请参观工厂','2025-05-15',1,'2025-04-25T11:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(93,4,'2025-05-10T04:10:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-05-10T07:14:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(94,4,'2025-05-22T08:55:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','回访使用情况','2025-05-31',1,'2025-05-22T10:54:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(95,4,'2025-06-07T06:30:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','邀请参观工厂','2025-06-19',1,'2025-06-07T07:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(96,4,'2025-06-13T01:10:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-06-13T04:09:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(97,4,'2025-06-28T09:25:00+00:00','call','电话沟通三季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2025-06-28T10:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(98,4,'2025-07-14T08:20:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-07-14T09:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(99,4,'2025-07-22T06:00:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','准备合同草案','2025-07-24',1,'2025-07-22T06:51:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(100,4,'2025-08-05T05:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-08-05T08:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(101,4,'2025-08-21T09:00:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','寄送样品','2025-09-01',1,'2025-08-21T09:32:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(102,4,'2025-09-01T09:20:00+00:00','visit','拜访萧经理，参观生产线，讨论技术培训升级方案','王磊','positive','邀请参观工厂','2025-09-08',1,'2025-09-01T13:13:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(103,4,'2025-09-14T07:00:00+00:00','meeting','视频会议演示触摸屏 HMI-10','王磊','neutral','安排技术交流','2025-10-02',1,'2025-09-14T07:19:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(104,4,'2025-09-27T01:15:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','李娜','negative','寄送样品','2025-10-11',1,'2025-09-27T02:57:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(105,4,'2025-10-08T07:00:00+00:00','visit','上门拜访萧经理，介绍新款触摸屏 HMI-10','陈晓峰','neutral',NULL,NULL,1,'2025-10-08T08:47:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(106,4,'2025-10-15T02:45:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-10-15T06:07:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(107,4,'2025-10-25T03:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','约见采购经理','2025-11-12',1,'2025-10-25T05:59:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(108,4,'2025-11-07T04:55:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive',NULL,NULL,1,'2025-11-07T05:03:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(109,4,'2025-11-19T05:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-11-19T08:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(110,4,'2025-12-02T04:15:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive','确认交期','2025-12-10',1,'2025-12-02T08:06:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(111,4,'2025-12-10T06:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2025-12-27',1,'2025-12-10T06:58:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(112,4,'2025-12-21T02:10:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','李娜','positive','发送正式报价','2025-12-30',1,'2025-12-21T04:57:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(113,4,'2026-01-03T05:10:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral','约见采购经理','2026-01-08',1,'2026-01-03T08:57:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(114,4,'2026-01-11T09:55:00+00:00','meeting','商务谈判，客户要求再降价8%','李娜','negative',NULL,NULL,1,'2026-01-11T13:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(115,4,'2026-01-20T05:05:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-20T05:23:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(116,4,'2026-01-27T01:40:00+00:00','message','微信发送触摸屏 HMI-10视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-01-27T02:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(117,4,'2026-02-10T04:30:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-02-10T05:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(118,4,'2026-02-16T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-02-16T05:06:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(119,4,'2026-03-01T02:10:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-03-01T02:51:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(120,4,'2026-03-12T02:30:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-03-12T05:56:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(121,4,'2026-03-23T01:55:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2026-04-05',1,'2026-03-23T04:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(122,4,'2026-04-07T08:35:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2026-04-07T11:40:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(123,4,'2026-04-22T02:30:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-04-22T05:51:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(124,4,'2026-05-05T03:55:00+00:00','call','电话回访上批触摸屏 HMI-10使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-05-05T06:30:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(125,4,'2026-05-16T01:45:00+00:00','message','客户微信反馈价格偏高','李娜','negative',NULL,NULL,1,'2026-05-16T03:15:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(126,4,'2026-05-22T05:50:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive',NULL,NULL,1,'2026-05-22T07:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(127,4,'2026-06-03T05:50:00+00:00','message','客户微信反馈价格偏高','王磊','negative','邀请参观工厂','2026-06-17',1,'2026-06-03T09:19:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(128,4,'2026-06-11T04:30:00+00:00','meeting','与采购和技术部开会，确认触摸屏 HMI-10技术参数','王磊','positive','安排技术交流','2026-06-16',1,'2026-06-11T07:42:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(129,4,'2026-06-17T04:35:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-06-17T06:09:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(130,4,'2026-06-27T01:10:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','李娜','positive',NULL,NULL,1,'2026-06-27T01:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(131,4,'2026-07-11T06:20:00+00:00','email','发送触摸屏 HMI-10报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-07-11T09:22:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(132,4,'2026-07-20T03:00:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-07-20T03:41:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(133,4,'2026-07-26T05:45:00+00:00','call','电话跟进触摸屏 HMI-10报价，对方需要内部审批','王磊','neutral','寄送样品','2026-08-07',1,'2026-07-26T07:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(134,4,'2026-08-09T03:00:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-08-09T05:12:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(135,4,'2026-08-20T02:05:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2026-08-20T03:32:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(136,4,'2026-08-27T08:00:00+00:00','other','寄送触摸屏 HMI-10样品','陈晓峰','neutral',NULL,NULL,1,'2026-08-27T10:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(137,4,'2026-09-10T07:30:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-09-10T11:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(138,4,'2026-09-23T08:35:00+00:00','message','微信发送技术培训视频，萧经理很感兴趣','王磊','positive','寄送样品','2026-10-14',1,'2026-09-23T08:38:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(139,4,'2026-10-03T02:35:00+00:00','call','电话跟进技术培训报价，对方需要内部审批','王磊','neutral','寄送样品','2026-10-22',1,'2026-10-03T02:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(140,4,'2026-10-15T05:40:00+00:00','call','电话沟通一季度采购计划，客户确认会继续下单','李娜','positive',NULL,NULL,1,'2026-10-15T06:57:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(141,4,'2026-10-30T09:15:00+00:00','meeting','年度合作会谈，讨论框架协议和返点','王磊','neutral',NULL,NULL,1,'2026-10-30T09:39:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(142,4,'2026-11-14T08:40:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2026-11-14T12:19:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(143,5,'2024-01-29T07:25:00+00:00','email','客户邮件反馈竞品报价低15%','李娜','negative','发送正式报价','2024-02-18',1,'2024-01-29T10:14:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(144,5,'2024-03-01T01:25:00+00:00','meeting','视频会议演示技术培训','王磊','neutral',NULL,NULL,1,'2024-03-01T01:46:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(145,5,'2024-04-19T04:45:00+00:00','call','电话催款，财务说要推迟到下月','王磊','negative',NULL,NULL,1,'2024-04-19T06:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(146,5,'2024-05-14T09:15:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','安排技术交流','2024-05-21',1,'2024-05-14T09:28:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(147,5,'2024-06-16T01:05:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-06-16T04:35:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(148,5,'2024-07-29T04:35:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2024-07-29T05:39:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(149,5,'2024-08-23T08:55:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2024-08-23T12:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(150,5,'2024-10-15T04:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2024-10-15T04:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(151,5,'2024-11-16T05:45:00+00:00','call','电话回访上批技术培训使用情况，反馈良好','王磊','positive','回访使用情况','2024-11-19',1,'2024-11-16T05:59:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(152,5,'2024-12-06T06:30:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive',NULL,NULL,1,'2024-12-06T09:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(153,5,'2024-12-27T04:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral','跟进付款','2025-01-17',1,'2024-12-27T08:39:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(154,5,'2025-01-20T01:20:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive',NULL,NULL,1,'2025-01-20T03:18:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(155,5,'2025-02-27T09:35:00+00:00','message','微信发送PLC控制器 CX-200视频，王经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-02-27T13:18:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(156,5,'2025-04-15T05:05:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2025-04-15T06:29:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(157,5,'2025-05-24T03:40:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','发送正式报价','2025-06-03',1,'2025-05-24T07:21:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(158,5,'2025-06-16T04:05:00+00:00','visit','上门拜访王经理，介绍新款PLC控制器 CX-200','王磊','neutral',NULL,NULL,1,'2025-06-16T06:15:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(159,5,'2025-07-08T06:45:00+00:00','call','电话跟进PLC控制器 CX-200报价，对方需要内部审批','王磊','neutral',NULL,NULL,1,'2025-07-08T09:47:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(160,5,'2025-08-13T01:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive','约见采购经理','2025-08-28',1,'2025-08-13T02:23:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(161,5,'2025-10-06T03:05:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive','安排技术交流','2025-10-09',1,'2025-10-06T05:16:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(162,5,'2025-11-09T07:50:00+00:00','email','回复客户关于发票的问题','王磊','neutral','确认交期','2025-11-29',1,'2025-11-09T08:08:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(163,5,'2025-12-03T06:30:00+00:00','event','高交会上交流，客户对技术培训感兴趣','王磊','positive',NULL,NULL,1,'2025-12-03T07:48:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(164,5,'2026-01-06T08:55:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2026-01-06T11:33:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(165,5,'2026-02-15T05:25:00+00:00','visit','现场处理技术培训安装问题，客户不太满意','王磊','negative',NULL,NULL,1,'2026-02-15T06:09:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(166,5,'2026-03-18T03:20:00+00:00','call','电话沟通二季度采购计划，客户确认会继续下单','王磊','positive','安排技术交流','2026-03-26',1,'2026-03-18T06:00:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(167,5,'2026-04-13T02:25:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','陈晓峰','positive',NULL,NULL,1,'2026-04-13T05:04:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(168,5,'2026-06-07T09:55:00+00:00','message','微信发送技术培训视频，王经理很感兴趣','王磊','positive','约见采购经理','2026-06-26',1,'2026-06-07T10:37:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(169,5,'2026-07-26T06:00:00+00:00','call','电话沟通四季度采购计划，客户关注交期','李娜','neutral',NULL,NULL,1,'2026-07-26T07:42:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(170,5,'2026-09-10T07:25:00+00:00','visit','拜访王经理，参观生产线，讨论技术培训升级方案','陈晓峰','positive','寄送样品','2026-09-18',1,'2026-09-10T11:04:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(171,5,'2026-10-29T02:45:00+00:00','other','更新客户资料和联系人','陈晓峰','neutral',NULL,NULL,1,'2026-10-29T04:06:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(172,6,'2024-07-30T20:20:00+00:00','other','Shipped industrial sensor kit samples','Emily Zhao','neutral',NULL,NULL,1,'2024-07-30T21:53:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(173,6,'2024-08-19T20:55:00+00:00','message','Sent a industrial sensor kit video on WhatsApp; Elizabeth liked it','王磊','positive','Check in after installation','2024-08-26',1,'2024-08-19T21:41:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(174,6,'2024-10-14T15:30:00+00:00','call','Called about Q1 order volumes; they expect to reorder','王磊','positive',NULL,NULL,1,'2024-10-14T15:51:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(175,6,'2024-12-07T20:15:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2024-12-07T21:54:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(176,6,'2025-01-14T18:20:00+00:00','email','E-mail from Elizabeth: a competitor quoted 15% lower','Emily Zhao','negative',NULL,NULL,1,'2025-01-14T18:28:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(177,6,'2025-02-25T22:10:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','Emily Zhao','neutral','Chase payment','2025-03-10',1,'2025-02-26T01:27:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(178,6,'2025-04-04T16:45:00+00:00','visit','Visited Elizabeth, toured the line, discussed a MES software licence upgrade','王磊','positive','Check in after installation','2025-04-16',1,'2025-04-04T17:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(179,6,'2025-05-28T22:45:00+00:00','meeting','Video call demo of the spare parts','王磊','neutral',NULL,NULL,1,'2025-05-29T00:13:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(180,6,'2025-07-24T15:50:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-07-24T17:17:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(181,6,'2025-08-21T20:05:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2025-08-21T21:06:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(182,6,'2025-09-11T15:00:00+00:00','call','Followed up on the spare parts quote; waiting for internal approval','王磊','neutral',NULL,NULL,1,'2025-09-11T16:15:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(183,6,'2025-10-18T17:05:00+00:00','message','Sent a spare parts video on WhatsApp; Elizabeth liked it','王磊','positive',NULL,NULL,1,'2025-10-18T19:37:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(184,6,'2025-11-26T22:30:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2025-11-27T01:58:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(185,6,'2026-01-13T21:05:00+00:00','meeting','Meeting with purchasing and engineering to confirm MES software licence specs','王磊','positive',NULL,NULL,1,'2026-01-13T22:40:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(186,6,'2026-02-10T21:50:00+00:00','email','Answered Elizabeth''s invoice question','王磊','neutral',NULL,NULL,1,'2026-02-10T22:00:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(187,6,'2026-03-14T16:55:00+00:00','other','Shipped industrial sensor kit samples','王磊','neutral',NULL,NULL,1,'2026-03-14T20:36:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(188,6,'2026-04-16T21:15:00+00:00','meeting','Negotiation; they ask for another 8% discount','李娜','negative',NULL,NULL,1,'2026-04-17T00:52:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(189,6,'2026-06-04T21:40:00+00:00','email','Confirmed delivery date and payment terms by e-mail','王磊','positive',NULL,NULL,1,'2026-06-04T23:52:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(190,6,'2026-07-05T17:05:00+00:00','email','Sent the spare parts quote and datasheets','王磊','neutral',NULL,NULL,1,'2026-07-05T19:54:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(191,6,'2026-11-10T20:50:00+00:00','call','Called about Q1 plans; delivery time is their main concern','王磊','neutral',NULL,NULL,1,'2026-11-11T00:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(192,7,'2024-04-02T05:35:00+00:00','visit','上门拜访李经理，介绍新款伺服电机 SV-750','王磊','neutral',NULL,NULL,1,'2024-04-02T07:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(193,7,'2024-05-05T03:30:00+00:00','event','高交会上交流，客户对MES软件授权感兴趣','王磊','positive','发送正式报价','2024-05-08',1,'2024-05-05T04:33:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(194,7,'2024-06-29T06:05:00+00:00','call','电话跟进伺服电机 SV-750报价，对方需要内部审批','李娜','neutral','确认交期','2024-07-01',1,'2024-06-29T08:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(195,7,'2024-09-01T05:15:00+00:00','visit','拜访李经理，参观生产线，讨论MES软件授权升级方案','李娜','positive','邀请参观工厂','2024-09-05',1,'2024-09-01T07:11:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(196,7,'2024-11-06T09:50:00+00:00','call','电话回访上批伺服电机 SV-750使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2024-11-06T12:36:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(197,7,'2024-12-20T04:40:00+00:00','call','电话沟通一季度采购计划，客户关注交期','王磊','neutral','邀请参观工厂','2025-01-10',1,'2024-12-20T06:25:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(198,7,'2025-01-16T04:25:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2025-01-16T07:18:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(199,7,'2025-03-04T05:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative','邀请参观工厂','2025-03-23',1,'2025-03-04T06:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(200,7,'2025-04-26T02:45:00+00:00','call','电话沟通三季度采购计划，客户确认会继续下单','王磊','positive',NULL,NULL,1,'2025-04-26T05:02:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(201,7,'2025-07-01T05:45:00+00:00','email','邮件确认订单交期和付款条件','陈晓峰','positive',NULL,NULL,1,'2025-07-01T07:36:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(202,7,'2025-08-31T02:50:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive','发送正式报价','2025-09-05',1,'2025-08-31T05:01:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(203,7,'2025-11-04T03:55:00+00:00','call','电话回访上批MES软件授权使用情况，反馈良好','陈晓峰','positive',NULL,NULL,1,'2025-11-04T06:35:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(204,7,'2025-12-17T08:30:00+00:00','message','微信发送工业传感器套件视频，李经理很感兴趣','李娜','positive',NULL,NULL,1,'2025-12-17T11:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(205,7,'2026-01-31T01:30:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-31T03:31:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(206,7,'2026-03-19T08:30:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-03-19T10:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(207,7,'2026-05-22T07:10:00+00:00','message','微信沟通发货时间，客户希望提前一周','李娜','neutral',NULL,NULL,1,'2026-05-22T10:03:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(208,7,'2026-07-01T06:25:00+00:00','message','客户微信反馈价格偏高','王磊','negative',NULL,NULL,1,'2026-07-01T10:13:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(209,7,'2026-08-08T02:30:00+00:00','call','电话沟通四季度采购计划，客户确认会继续下单','陈晓峰','positive','安排技术交流','2026-08-10',1,'2026-08-08T02:55:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(210,7,'2026-09-24T07:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-09-24T09:46:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(211,7,'2026-11-08T07:30:00+00:00','email','发送伺服电机 SV-750报价单和技术资料','王磊','neutral',NULL,NULL,1,'2026-11-08T10:45:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(212,8,'2024-10-02T09:25:00+00:00','email','邮件确认订单交期和付款条件','王磊','positive',NULL,NULL,1,'2024-10-02T13:00:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(213,8,'2024-11-11T08:50:00+00:00','meeting','与采购和技术部开会，确认备品备件技术参数','陈晓峰','positive',NULL,NULL,1,'2024-11-11T10:03:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(214,8,'2024-12-23T07:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','跟进付款','2025-01-13',1,'2024-12-23T07:39:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(215,8,'2025-02-17T03:50:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral','确认交期','2025-02-25',1,'2025-02-17T06:13:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(216,8,'2025-03-22T06:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-03-22T07:11:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(217,8,'2025-04-25T09:50:00+00:00','visit','拜访何凤兰，参观生产线，讨论备品备件升级方案','王磊','positive','寄送样品','2025-05-12',1,'2025-04-25T13:49:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(218,8,'2025-06-03T08:15:00+00:00','visit','现场处理备品备件安装问题，客户不太满意','陈晓峰','negative',NULL,NULL,1,'2025-06-03T09:07:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(219,8,'2025-07-04T04:50:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2025-07-04T05:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(220,8,'2025-08-13T09:10:00+00:00','message','客户微信反馈价格偏高','王磊','negative','跟进付款','2025-08-18',1,'2025-08-13T12:24:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(221,8,'2025-10-10T08:25:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive','安排技术交流','2025-10-30',1,'2025-10-10T11:05:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(222,8,'2025-11-07T06:50:00+00:00','other','节日礼品寄送，客户致谢','陈晓峰','positive','发送正式报价','2025-11-17',1,'2025-11-07T09:00:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(223,8,'2025-12-26T02:20:00+00:00','email','回复客户关于发票的问题','王磊','neutral',NULL,NULL,1,'2025-12-26T06:01:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(224,8,'2026-01-28T02:35:00+00:00','call','电话沟通二季度采购计划，客户关注交期','王磊','neutral',NULL,NULL,1,'2026-01-28T03:00:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(225,8,'2026-03-16T06:45:00+00:00','other','节日礼品寄送，客户致谢','王磊','positive',NULL,NULL,1,'2026-03-16T07:35:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(226,8,'2026-04-15T07:10:00+00:00','call','客户来电投诉交货延迟','王磊','negative',NULL,NULL,1,'2026-04-15T07:26:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(227,8,'2026-05-20T01:05:00+00:00','call','电话跟进备品备件报价，对方需要内部审批','王磊','neutral','确认交期','2026-05-24',1,'2026-05-20T03:43:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(228,8,'2026-06-20T06:45:00+00:00','call','电话回访上批备品备件使用情况，反馈良好','王磊','positive',NULL,NULL,1,'2026-06-20T07:51:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(229,8,'2026-08-21T06:00:00+00:00','message','微信沟通发货时间，客户希望提前一周','王磊','neutral',NULL,NULL,1,'2026-08-21T09:09:00+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(230,10,'2026-11-02','visit','拜访张伟，讨论设备升级方案',NULL,'positive','发送报价单','2026-11-25',0,'2026-12-03T12:03:15+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(231,9,'2026-10-18','call','陳經理確認第二批訂單',NULL,'neutral',NULL,NULL,0,'2026-12-03T12:03:15+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(232,12,'2026-09-30','email','Sent the autumn price list',NULL,NULL,'Call Margaret about the samples','2026-12-20',0,'2026-12-03T12:03:15+00:00',NULL,NULL,NULL);
INSERT INTO interactions VALUES(233,12,'2026-08-12','meeting','Met at the London trade fair',NULL,NULL,NULL,NULL,0,'2026-12-03T12:03:15+00:00',NULL,NULL,NULL);
CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at   TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY',
    product      TEXT,
    margin_minor INTEGER,
    paid         INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
    created_at   TEXT NOT NULL,
    deleted_at   TEXT
, import_id INTEGER REFERENCES imports(id), amount_base_minor INTEGER, margin_base_minor INTEGER, due_on TEXT, paid_on TEXT CHECK (paid_on IS NULL OR paid = 1));
INSERT INTO orders VALUES(1,1,'2025-11-22',1659000,'CNY','备品备件',336700,1,'2025-11-22T04:00:00+00:00',NULL,NULL,1659000,336700,'2025-12-22','2025-12-17');
INSERT INTO orders VALUES(2,1,'2025-11-23',1554000,'CNY','技术培训',257100,1,'2025-11-23T08:25:00+00:00',NULL,NULL,1554000,257100,'2025-12-23','2025-12-25');
INSERT INTO orders VALUES(3,1,'2026-09-15',1582000,'CNY','备品备件',NULL,1,'2026-09-15T09:30:00+00:00',NULL,NULL,1582000,NULL,'2026-10-15','2026-09-25');
INSERT INTO orders VALUES(4,1,'2026-10-01',1778000,'CNY','备品备件',NULL,1,'2026-10-01T04:00:00+00:00',NULL,NULL,1778000,NULL,'2026-11-30','2026-10-28');
INSERT INTO orders VALUES(5,2,'2026-10-09',144000,'USD','SV-750 servo motor',33300,1,'2026-10-09T19:20:00+00:00',NULL,NULL,1022400,236430,'2026-11-08','2026-11-08');
INSERT INTO orders VALUES(6,2,'2026-10-25',584500,'USD','MES software licence',93400,0,'2026-10-25T18:55:00+00:00',NULL,NULL,4149950,663140,'2026-11-24',NULL);
INSERT INTO orders VALUES(7,3,'2024-01-24',3909000,'CNY','年度维保服务',1265700,1,'2024-01-24T04:15:00+00:00',NULL,NULL,3909000,1265700,'2024-02-23','2024-02-23');
INSERT INTO orders VALUES(8,3,'2024-06-16',1897000,'CNY','年度维保服务',NULL,1,'2024-06-16T04:30:00+00:00',NULL,NULL,1897000,NULL,'2024-08-15','2024-08-10');
INSERT INTO orders VALUES(9,3,'2024-08-30',4602000,'CNY','年度维保服务',725200,1,'2024-08-30T05:55:00+00:00',NULL,NULL,4602000,725200,'2024-10-29','2024-10-09');
INSERT INTO orders VALUES(10,3,'2025-01-06',3601000,'CNY','年度维保服务',NULL,1,'2025-01-06T08:00:00+00:00',NULL,NULL,3601000,NULL,'2025-03-07','2025-03-09');
INSERT INTO orders VALUES(11,3,'2025-04-01',2747000,'CNY','年度维保服务',941600,1,'2025-04-01T06:00:00+00:00',NULL,NULL,2747000,941600,'2025-06-30','2025-06-25');
INSERT INTO orders VALUES(12,3,'2025-06-12',1736000,'CNY','年度维保服务',NULL,1,'2025-06-12T05:50:00+00:00',NULL,NULL,1736000,NULL,'2025-07-12','2025-07-12');
INSERT INTO orders VALUES(13,3,'2025-10-17',2853000,'CNY','年度维保服务',NULL,1,'2025-10-17T06:40:00+00:00',NULL,NULL,2853000,NULL,'2025-11-16','2025-11-06');
INSERT INTO orders VALUES(14,3,'2025-12-28',2891000,'CNY','年度维保服务',NULL,1,'2025-12-28T07:00:00+00:00',NULL,NULL,2891000,NULL,'2026-01-27','2026-01-27');
INSERT INTO orders VALUES(15,3,'2026-05-09',3441000,'CNY','年度维保服务',NULL,1,'2026-05-09T05:00:00+00:00',NULL,NULL,3441000,NULL,'2026-06-08','2026-06-03');
INSERT INTO orders VALUES(16,3,'2026-07-01',3331000,'CNY','年度维保服务',NULL,1,'2026-07-01T05:30:00+00:00',NULL,NULL,3331000,NULL,'2026-07-31','2026-07-31');
INSERT INTO orders VALUES(17,3,'2026-09-12',4075000,'CNY','年度维保服务',NULL,1,'2026-09-12T04:30:00+00:00',NULL,NULL,4075000,NULL,'2026-11-11','2026-09-27');
INSERT INTO orders VALUES(18,4,'2024-01-08',3008000,'CNY','技术培训',998500,1,'2024-01-08T08:50:00+00:00',NULL,NULL,3008000,998500,'2024-02-07','2024-02-02');
INSERT INTO orders VALUES(19,4,'2024-01-25',1876000,'CNY','技术培训',NULL,1,'2024-01-25T05:00:00+00:00',NULL,NULL,1876000,NULL,'2024-04-24','2024-04-19');
INSERT INTO orders VALUES(20,4,'2024-02-18',3274000,'CNY','触摸屏 HMI-10',NULL,1,'2024-02-18T04:55:00+00:00',NULL,NULL,3274000,NULL,'2024-04-18','2024-03-29');
INSERT INTO orders VALUES(21,4,'2024-03-07',3852000,'CNY','技术培训',831500,1,'2024-03-07T02:20:00+00:00',NULL,NULL,3852000,831500,'2024-05-06','2024-04-26');
INSERT INTO orders VALUES(22,4,'2024-03-31',5360000,'CNY','触摸屏 HMI-10',923700,1,'2024-03-31T07:45:00+00:00',NULL,NULL,5360000,923700,'2024-04-30','2024-04-30');
INSERT INTO orders VALUES(23,4,'2024-04-26',3597000,'CNY','技术培训',743300,1,'2024-04-26T02:55:00+00:00',NULL,NULL,3597000,743300,'2024-07-25','2024-07-20');
INSERT INTO orders VALUES(24,4,'2024-05-16',3362000,'CNY','触摸屏 HMI-10',852300,1,'2024-05-16T02:45:00+00:00',NULL,NULL,3362000,852300,'2024-07-15','2024-07-05');
INSERT INTO orders VALUES(25,4,'2024-06-14',3546000,'CNY','触摸屏 HMI-10',NULL,1,'2024-06-14T04:25:00+00:00',NULL,NULL,3546000,NULL,'2024-07-14','2024-07-04');
INSERT INTO orders VALUES(26,4,'2024-07-06',2844000,'CNY','技术培训',254100,1,'2024-07-06T01:55:00+00:00',NULL,NULL,2844000,254100,'2024-08-05','2024-08-05');
INSERT INTO orders VALUES(27,4,'2024-07-29',4192000,'CNY','技术培训',NULL,1,'2024-07-29T01:10:00+00:00',NULL,NULL,4192000,NULL,'2024-09-27','2024-09-27');
INSERT INTO orders VALUES(28,4,'2024-08-13',3817000,'CNY','触摸屏 HMI-10',776600,1,'2024-08-13T01:15:00+00:00',NULL,NULL,3817000,776600,'2024-09-12','2024-09-12');
INSERT INTO orders VALUES(29,4,'2024-08-24',5960000,'CNY','触摸屏 HMI-10',1359300,1,'2024-08-24T02:40:00+00:00',NULL,NULL,5960000,1359300,'2024-09-23','2024-09-03');
INSERT INTO orders VALUES(30,4,'2024-09-19',4135000,'CNY','技术培训',NULL,1,'2024-09-19T04:05:00+00:00',NULL,NULL,4135000,NULL,'2024-11-18','2024-11-13');
INSERT INTO orders VALUES(31,4,'2024-10-01',3538000,'CNY','技术培训',1251200,1,'2024-10-01T06:30:00+00:00',NULL,NULL,3538000,1251200,'2024-10-31','2024-11-12');
INSERT INTO orders VALUES(32,4,'2024-11-02',2213000,'CNY','触摸屏 HMI-10',546500,1,'2024-11-02T02:20:00+00:00',NULL,NULL,2213000,546500,'2024-12-02','2024-12-02');
INSERT INTO orders VALUES(33,4,'2024-12-03',4696000,'CNY','触摸屏 HMI-10',1032000,1,'2024-12-03T04:00:00+00:00',NULL,NULL,4696000,1032000,'2025-01-02','2025-01-14');
INSERT INTO orders VALUES(34,4,'2024-12-21',2762000,'CNY','技术培训',471300,1,'2024-12-21T07:10:00+00:00',NULL,NULL,2762000,471300,'2025-01-20','2025-01-22');
INSERT INTO orders VALUES(35,4,'2025-01-03',0,'CNY','免费样品',NULL,1,'2025-01-03T03:40:00+00:00',NULL,NULL,0,NULL,NULL,'2025-01-03');
INSERT INTO orders VALUES(36,4,'2025-02-04',5300000,'CNY','触摸屏 HMI-10',NULL,1,'2025-02-04T03:35:00+00:00',NULL,NULL,5300000,NULL,'2025-05-05','2025-05-07');
INSERT INTO orders VALUES(37,4,'2025-02-22',2734000,'CNY','技术培训',963000,1,'2025-02-22T06:10:00+00:00',NULL,NULL,2734000,963000,'2025-03-24','2025-03-26');
INSERT INTO orders VALUES(38,4,'2025-03-15',3805000,'CNY','技术培训',NULL,1,'2025-03-15T06:15:00+00:00',NULL,NULL,3805000,NULL,'2025-06-13','2025-06-13');
INSERT INTO orders VALUES(39,4,'2025-04-11',5820000,'CNY','触摸屏 HMI-10',NULL,1,'2025-04-11T01:45:00+00:00',NULL,NULL,5820000,NULL,'2025-07-10','2025-07-10');
INSERT INTO orders VALUES(40,4,'2025-05-12',4137000,'CNY','触摸屏 HMI-10',NULL,1,'2025-05-12T07:40:00+00:00',NULL,NULL,4137000,NULL,'2025-06-11','2025-06-23');
INSERT INTO orders VALUES(41,4,'2025-05-25',4089000,'CNY','触摸屏 HMI-10',396600,1,'2025-05-25T07:50:00+00:00',NULL,NULL,4089000,396600,'2025-06-24','2025-06-24');
INSERT INTO orders VALUES(42,4,'2025-06-07',2316000,'CNY','技术培训',NULL,1,'2025-06-07T05:55:00+00:00',NULL,NULL,2316000,NULL,'2025-07-07','2025-07-19');
INSERT INTO orders VALUES(43,4,'2025-07-09',3802000,'CNY','触摸屏 HMI-10',339800,1,'2025-07-09T09:50:00+00:00',NULL,NULL,3802000,339800,'2025-08-08','2025-08-20');
INSERT INTO orders VALUES(44,4,'2025-08-03',4461000,'CNY','触摸屏 HMI-10',NULL,1,'2025-08-03T04:00:00+00:00',NULL,NULL,4461000,NULL,'2025-09-02','2025-08-23');
INSERT INTO orders VALUES(45,4,'2025-09-01',3888000,'CNY','触摸屏 HMI-10',NULL,1,'2025-09-01T04:35:00+00:00',NULL,NULL,3888000,NULL,'2025-10-01','2025-10-01');
INSERT INTO orders VALUES(46,4,'2025-10-03',2686000,'CNY','技术培训',307600,1,'2025-10-03T09:10:00+00:00',NULL,NULL,2686000,307600,'2025-12-02','2025-12-02');
INSERT INTO orders VALUES(47,4,'2025-10-23',2675000,'CNY','触摸屏 HMI-10',537700,1,'2025-10-23T05:05:00+00:00',NULL,NULL,2675000,537700,'2025-11-22','2025-12-04');
INSERT INTO orders VALUES(48,4,'2025-11-21',3218000,'CNY','触摸屏 HMI-10',NULL,1,'2025-11-21T03:30:00+00:00',NULL,NULL,3218000,NULL,'2025-12-21','2026-01-02');
INSERT INTO orders VALUES(49,4,'2025-12-21',0,'CNY','免费样品',NULL,1,'2025-12-21T03:50:00+00:00',NULL,NULL,0,NULL,NULL,'2025-12-21');
INSERT INTO orders VALUES(50,4,'2026-01-23',3124000,'CNY','触摸屏 HMI-10',NULL,1,'2026-01-23T02:45:00+00:00',NULL,NULL,3124000,NULL,'2026-03-24','2026-04-05');
INSERT INTO orders VALUES(51,4,'2026-02-16',0,'CNY','免费样品',NULL,1,'2026-02-16T03:45:00+00:00',NULL,NULL,0,NULL,NULL,'2026-02-16');
INSERT INTO orders VALUES(52,4,'2026-03-17',3416000,'CNY','技术培训',1060400,1,'2026-03-17T07:40:00+00:00',NULL,NULL,3416000,1060400,'2026-04-16','2026-04-18');
INSERT INTO orders VALUES(53,4,'2026-04-16',2269000,'CNY','触摸屏 HMI-10',840100,1,'2026-04-16T08:50:00+00:00',NULL,NULL,2269000,840100,'2026-05-16','2026-05-28');
INSERT INTO orders VALUES(54,4,'2026-05-15',3472000,'CNY','触摸屏 HMI-10',566700,1,'2026-05-15T01:05:00+00:00',NULL,NULL,3472000,566700,'2026-06-14','2026-05-25');
INSERT INTO orders VALUES(55,4,'2026-06-01',2726000,'CNY','技术培训',480100,1,'2026-06-01T07:50:00+00:00',NULL,NULL,2726000,480100,'2026-07-01','2026-06-26');
INSERT INTO orders VALUES(56,4,'2026-07-02',2497000,'CNY','技术培训',646200,1,'2026-07-02T01:10:00+00:00',NULL,NULL,2497000,646200,'2026-08-31','2026-08-21');
INSERT INTO orders VALUES(57,4,'2026-07-18',2820000,'CNY','触摸屏 HMI-10',NULL,1,'2026-07-18T06:05:00+00:00',NULL,NULL,2820000,NULL,'2026-09-16','2026-08-27');
INSERT INTO orders VALUES(58,4,'2026-08-13',1331000,'CNY','技术培训',NULL,1,'2026-08-13T01:45:00+00:00',NULL,NULL,1331000,NULL,'2026-09-12','2026-08-23');
INSERT INTO orders VALUES(59,4,'2026-09-13',3033000,'CNY','触摸屏 HMI-10',NULL,1,'2026-09-13T04:55:00+00:00',NULL,NULL,3033000,NULL,'2026-10-13','2026-10-15');
INSERT INTO orders VALUES(60,4,'2026-10-11',4129000,'CNY','技术培训',874300,1,'2026-10-11T07:55:00+00:00',NULL,NULL,4129000,874300,'2026-11-10','2026-11-10');
INSERT INTO orders VALUES(61,4,'2026-11-11',5040000,'CNY','触摸屏 HMI-10',NULL,0,'2026-11-11T03:20:00+00:00',NULL,NULL,5040000,NULL,'2026-12-11',NULL);
INSERT INTO orders VALUES(62,5,'2024-02-26',1535000,'CNY','PLC控制器 CX-200',447000,1,'2024-02-26T08:15:00+00:00',NULL,NULL,1535000,447000,'2024-03-27','2024-03-27');
INSERT INTO orders VALUES(63,5,'2024-06-15',816000,'CNY','技术培训',226100,1,'2024-06-15T03:35:00+00:00',NULL,NULL,816000,226100,'2024-08-14','2024-08-16');
INSERT INTO orders VALUES(64,5,'2024-09-25',1673000,'CNY','PLC控制器 CX-200',414500,1,'2024-09-25T08:10:00+00:00',NULL,NULL,1673000,414500,'2024-11-24','2024-12-06');
INSERT INTO orders VALUES(65,5,'2024-12-22',2095000,'CNY','PLC控制器 CX-200',479200,1,'2024-12-22T05:00:00+00:00',NULL,NULL,2095000,479200,'2025-01-21','2025-01-16');
INSERT INTO orders VALUES(66,5,'2025-04-11',500000,'CNY','技术培训',NULL,1,'2025-04-11T01:45:00+00:00',NULL,NULL,500000,NULL,'2025-06-10','2025-06-10');
INSERT INTO orders VALUES(67,5,'2025-05-23',524000,'CNY','技术培训',106800,1,'2025-05-23T06:20:00+00:00',NULL,NULL,524000,106800,'2025-06-22','2025-06-22');
INSERT INTO orders VALUES(68,5,'2025-09-04',635000,'CNY','技术培训',NULL,1,'2025-09-04T08:00:00+00:00',NULL,NULL,635000,NULL,'2025-11-03','2025-11-15');
INSERT INTO orders VALUES(69,5,'2025-10-24',793000,'CNY','技术培训',NULL,1,'2025-10-24T07:45:00+00:00',NULL,NULL,793000,NULL,'2025-11-23','2025-11-23');
INSERT INTO orders VALUES(70,5,'2026-01-06',1253000,'CNY','PLC控制器 CX-200',139600,1,'2026-01-06T02:55:00+00:00',NULL,NULL,1253000,139600,'2026-02-05','2026-02-17');
INSERT INTO orders VALUES(71,5,'2026-03-25',0,'CNY','免费样品',NULL,1,'2026-03-25T02:45:00+00:00',NULL,NULL,0,NULL,NULL,'2026-03-25');
INSERT INTO orders VALUES(72,5,'2026-06-23',1022000,'CNY','技术培训',169300,1,'2026-06-23T05:55:00+00:00',NULL,NULL,1022000,169300,'2026-08-22','2026-08-22');
INSERT INTO orders VALUES(73,5,'2026-08-09',733000,'CNY','技术培训',NULL,1,'2026-08-09T08:35:00+00:00',NULL,NULL,733000,NULL,'2026-10-08','2026-09-18');
INSERT INTO orders VALUES(74,5,'2026-10-05',1037000,'CNY','PLC控制器 CX-200',285800,0,'2026-10-05T06:40:00+00:00',NULL,NULL,1037000,285800,'2026-11-04',NULL);
INSERT INTO orders VALUES(75,5,'2026-11-18',500000,'CNY','技术培训',99300,0,'2026-11-18T09:55:00+00:00',NULL,NULL,500000,99300,'2027-01-17',NULL);
INSERT INTO orders VALUES(76,6,'2024-08-08',201500,'USD','industrial sensor kit',NULL,1,'2024-08-08T14:30:00+00:00',NULL,NULL,1430650,NULL,'2024-10-07','2024-10-07');
INSERT INTO orders VALUES(77,6,'2024-09-12',1505500,'USD','MES software licence',221700,1,'2024-09-12T14:50:00+00:00',NULL,NULL,10689050,1574070,'2024-10-12','2024-10-02');
INSERT INTO orders VALUES(78,6,'2024-10-19',97500,'USD','spare parts',NULL,1,'2024-10-19T20:20:00+00:00',NULL,NULL,692250,NULL,'2024-11-18','2024-10-29');
INSERT INTO orders VALUES(79,6,'2024-12-10',236500,'USD','industrial sensor kit',NULL,1,'2024-12-10T14:55:00+00:00',NULL,NULL,1679150,NULL,'2025-01-09','2024-12-20');
INSERT INTO orders VALUES(80,6,'2025-01-26',117000,'USD','industrial sensor kit',16900,1,'2025-01-26T14:55:00+00:00',NULL,NULL,830700,119990,'2025-02-25','2025-02-15');
INSERT INTO orders VALUES(81,6,'2025-02-16',251000,'USD','industrial sensor kit',81700,1,'2025-02-16T16:50:00+00:00',NULL,NULL,1782100,580070,'2025-03-18','2025-03-18');
INSERT INTO orders VALUES(82,6,'2025-03-09',233500,'USD','industrial sensor kit',NULL,1,'2025-03-09T14:35:00+00:00',NULL,NULL,1657850,NULL,'2025-04-08','2025-04-08');
INSERT INTO orders VALUES(83,6,'2025-04-29',156500,'USD','industrial sensor kit',25300,1,'2025-04-29T21:35:00+00:00',NULL,NULL,1111150,179630,'2025-06-28','2025-06-30');
INSERT INTO orders VALUES(84,6,'2025-05-31',102000,'USD','industrial sensor kit',24600,1,'2025-05-31T22:35:00+00:00',NULL,NULL,724200,174660,'2025-07-30','2025-07-25');
INSERT INTO orders VALUES(85,6,'2025-07-05',569000,'USD','MES software licence',94000,1,'2025-07-05T19:35:00+00:00',NULL,NULL,4039900,667400,'2025-08-04','2025-08-04');
INSERT INTO orders VALUES(86,6,'2025-08-01',251000,'USD','industrial sensor kit',69600,1,'2025-08-01T15:55:00+00:00',NULL,NULL,1782100,494160,'2025-09-30','2025-09-30');
INSERT INTO orders VALUES(87,6,'2025-09-10',865500,'USD','MES software licence',320600,1,'2025-09-10T22:55:00+00:00',NULL,NULL,6145050,2276260,'2025-10-10','2025-10-10');
INSERT INTO orders VALUES(88,6,'2025-10-29',566000,'USD','MES software licence',139700,1,'2025-10-29T19:00:00+00:00',NULL,NULL,4018600,991870,'2025-12-28','2025-12-30');
INSERT INTO orders VALUES(89,7,'2025-07-07',1673000,'CNY','伺服电机 SV-750',199600,1,'2025-07-07T08:10:00+00:00',NULL,NULL,1673000,199600,'2025-10-05','2025-12-12');
INSERT INTO orders VALUES(90,7,'2026-05-19',1298000,'CNY','工业传感器套件',NULL,0,'2026-05-19T04:00:00+00:00',NULL,NULL,1298000,NULL,'2026-06-18',NULL);
INSERT INTO orders VALUES(91,7,'2026-05-28',1308000,'CNY','伺服电机 SV-750',174600,0,'2026-05-28T04:15:00+00:00',NULL,NULL,1308000,174600,'2026-08-26',NULL);
INSERT INTO orders VALUES(92,8,'2024-09-27',581000,'CNY','备品备件',202000,1,'2024-09-27T07:55:00+00:00',NULL,NULL,581000,202000,'2024-11-26','2024-11-26');
INSERT INTO orders VALUES(93,8,'2024-11-01',575000,'CNY','备品备件',180900,1,'2024-11-01T06:00:00+00:00',NULL,NULL,575000,180900,'2024-12-01','2024-12-03');
INSERT INTO orders VALUES(94,8,'2024-12-10',500000,'CNY','备品备件',185200,1,'2024-12-10T02:15:00+00:00',NULL,NULL,500000,185200,'2025-02-08','2025-01-19');
INSERT INTO orders VALUES(95,8,'2025-01-20',500000,'CNY','备品备件',179700,1,'2025-01-20T04:15:00+00:00',NULL,NULL,500000,179700,'2025-02-19','2025-02-19');
INSERT INTO orders VALUES(96,8,'2025-03-05',829000,'CNY','备品备件',NULL,1,'2025-03-05T04:20:00+00:00',NULL,NULL,829000,NULL,'2025-04-04','2025-03-25');
INSERT INTO orders VALUES(97,8,'2025-04-17',602000,'CNY','备品备件',50300,1,'2025-04-17T02:30:00+00:00',NULL,NULL,602000,50300,'2025-06-16','2025-06-11');
INSERT INTO orders VALUES(98,8,'2025-06-04',529000,'CNY','备品备件',NULL,1,'2025-06-04T06:45:00+00:00',NULL,NULL,529000,NULL,'2025-09-02','2025-09-02');
INSERT INTO orders VALUES(99,8,'2025-07-12',824000,'CNY','备品备件',204900,1,'2025-07-12T04:40:00+00:00',NULL,NULL,824000,204900,'2025-08-11','2025-08-06');
INSERT INTO orders VALUES(100,8,'2025-07-31',500000,'CNY','备品备件',48000,1,'2025-07-31T04:25:00+00:00',NULL,NULL,500000,48000,'2025-08-30','2025-08-10');
INSERT INTO orders VALUES(101,8,'2025-09-01',824000,'CNY','备品备件',NULL,1,'2025-09-01T08:45:00+00:00',NULL,NULL,824000,NULL,'2025-10-01','2025-09-11');
INSERT INTO orders VALUES(102,8,'2025-10-11',500000,'CNY','备品备件',NULL,1,'2025-10-11T08:55:00+00:00',NULL,NULL,500000,NULL,'2025-11-10','2025-11-12');
INSERT INTO orders VALUES(103,8,'2025-11-03',618000,'CNY','备品备件',NULL,1,'2025-11-03T09:00:00+00:00',NULL,NULL,618000,NULL,'2026-01-02','2025-12-13');
INSERT INTO orders VALUES(104,9,'2026-10-20',12800000,'CNY','數控機床配件',2300000,NULL,'2026-12-03T12:03:15+00:00',NULL,NULL,12800000,2300000,NULL,NULL);
INSERT INTO orders VALUES(105,12,'2026-10-05',880050,'USD','Tea sets',NULL,NULL,'2026-12-03T12:03:15+00:00',NULL,NULL,6248355,NULL,NULL,NULL);
INSERT INTO orders VALUES(106,10,'2026-10-28',4300000,'CNY','工控主板',NULL,0,'2026-12-03T12:03:15+00:00',NULL,NULL,4300000,NULL,'2026-11-27',NULL);
INSERT INTO orders VALUES(107,12,'2026-09-02',120000,'USD','Tea caddies',NULL,1,'2026-12-03T12:03:15+00:00',NULL,NULL,852000,NULL,'2026-10-15','2026-10-20');
INSERT INTO orders VALUES(108,10,'2026-09-15',5600000,'CNY','工业平板电脑',NULL,NULL,'2026-12-03T12:03:15+00:00',NULL,2,5600000,NULL,NULL,NULL);
INSERT INTO orders VALUES(109,9,'2026-11-01',3200050,'CNY','伺服電機',NULL,NULL,'2026-12-03T12:03:15+00:00',NULL,2,3200050,NULL,NULL,NULL);
CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT 'custom'
             CHECK (category IN ('industry','need','risk','potential','custom')),
    color    TEXT
);
INSERT INTO tags VALUES(1,'制造业','industry',NULL);
INSERT INTO tags VALUES(2,'零售','industry',NULL);
INSERT INTO tags VALUES(3,'医疗','industry',NULL);
INSERT INTO tags VALUES(4,'教育','industry',NULL);
INSERT INTO tags VALUES(5,'物流','industry',NULL);
INSERT INTO tags VALUES(6,'金融','industry',NULL);
INSERT INTO tags VALUES(7,'IT软件','industry',NULL);
INSERT INTO tags VALUES(8,'能源','industry',NULL);
INSERT INTO tags VALUES(9,'建筑','industry',NULL);
INSERT INTO tags VALUES(10,'食品','industry',NULL);
INSERT INTO tags VALUES(11,'Manufacturing','industry',NULL);
INSERT INTO tags VALUES(12,'Retail','industry',NULL);
INSERT INTO tags VALUES(13,'Healthcare','industry',NULL);
INSERT INTO tags VALUES(14,'Education','industry',NULL);
INSERT INTO tags VALUES(15,'Logistics','industry',NULL);
INSERT INTO tags VALUES(16,'Finance','industry',NULL);
INSERT INTO tags VALUES(17,'IT','industry',NULL);
INSERT INTO tags VALUES(18,'Energy','industry',NULL);
INSERT INTO tags VALUES(19,'Construction','industry',NULL);
INSERT INTO tags VALUES(20,'Food','industry',NULL);
INSERT INTO tags VALUES(21,'设备升级','need',NULL);
INSERT INTO tags VALUES(22,'价格敏感','need',NULL);
INSERT INTO tags VALUES(23,'交期敏感','need',NULL);
INSERT INTO tags VALUES(24,'需要账期','need',NULL);
INSERT INTO tags VALUES(25,'定制需求','need',NULL);
INSERT INTO tags VALUES(26,'Needs financing','need',NULL);
INSERT INTO tags VALUES(27,'Price sensitive','need',NULL);
INSERT INTO tags VALUES(28,'Custom specs','need',NULL);
INSERT INTO tags VALUES(29,'Fast delivery','need',NULL);
INSERT INTO tags VALUES(30,'付款慢','risk',NULL);
INSERT INTO tags VALUES(31,'竞品在谈','risk',NULL);
INSERT INTO tags VALUES(32,'关键人离职','risk',NULL);
INSERT INTO tags VALUES(33,'Late payer','risk',NULL);
INSERT INTO tags VALUES(34,'Competitor trial','risk',NULL);
INSERT INTO tags VALUES(35,'Budget freeze','risk',NULL);
INSERT INTO tags VALUES(36,'重点','potential',NULL);
INSERT INTO tags VALUES(37,'高潜力','potential',NULL);
INSERT INTO tags VALUES(38,'可交叉销售','potential',NULL);
INSERT INTO tags VALUES(39,'Key account','potential',NULL);
INSERT INTO tags VALUES(40,'High potential','potential',NULL);
INSERT INTO tags VALUES(41,'Upsell','potential',NULL);
INSERT INTO tags VALUES(42,'展会2025','custom',NULL);
INSERT INTO tags VALUES(43,'Trade show 2025','custom',NULL);
INSERT INTO tags VALUES(44,'VIP','custom',NULL);
INSERT INTO tags VALUES(45,'老客户','custom',NULL);
INSERT INTO tags VALUES(46,'春节礼品','custom',NULL);
INSERT INTO tags VALUES(47,'Newsletter','custom',NULL);
INSERT INTO tags VALUES(48,'重點客戶','potential',NULL);
INSERT INTO tags VALUES(49,'深圳客户','custom',NULL);
INSERT INTO tags VALUES(50,'UK','custom',NULL);
INSERT INTO tags VALUES(51,'个人','custom',NULL);
INSERT INTO tags VALUES(52,'广交会线索','custom',NULL);
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
INSERT INTO customer_tags VALUES(8,4);
INSERT INTO customer_tags VALUES(1,7);
INSERT INTO customer_tags VALUES(2,17);
INSERT INTO customer_tags VALUES(8,23);
INSERT INTO customer_tags VALUES(1,24);
INSERT INTO customer_tags VALUES(6,27);
INSERT INTO customer_tags VALUES(6,29);
INSERT INTO customer_tags VALUES(8,31);
INSERT INTO customer_tags VALUES(1,32);
INSERT INTO customer_tags VALUES(6,34);
INSERT INTO customer_tags VALUES(4,36);
INSERT INTO customer_tags VALUES(3,38);
INSERT INTO customer_tags VALUES(5,38);
INSERT INTO customer_tags VALUES(2,40);
INSERT INTO customer_tags VALUES(4,44);
INSERT INTO customer_tags VALUES(3,45);
INSERT INTO customer_tags VALUES(4,45);
INSERT INTO customer_tags VALUES(5,45);
INSERT INTO customer_tags VALUES(9,48);
INSERT INTO customer_tags VALUES(10,48);
INSERT INTO customer_tags VALUES(10,49);
INSERT INTO customer_tags VALUES(11,49);
INSERT INTO customer_tags VALUES(12,50);
INSERT INTO customer_tags VALUES(13,51);
INSERT INTO customer_tags VALUES(11,52);
INSERT INTO customer_tags VALUES(13,52);
CREATE TABLE not_duplicates (
    customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (customer_a, customer_b),
    CHECK (customer_a < customer_b)
) WITHOUT ROWID;
INSERT INTO not_duplicates VALUES(10,11,'2026-12-03T12:03:15+00:00');
CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    survivor_id INTEGER NOT NULL REFERENCES customers(id),
    merged_ids  TEXT NOT NULL,   -- JSON list of customer ids merged away
    undo        TEXT NOT NULL,   -- JSON: everything needed to restore exactly
    merged_at   TEXT NOT NULL,
    undone_at   TEXT
);
INSERT INTO merges VALUES(1,12,'[14]','{"survivor": {"id": 12, "code": "C00012", "name": "Northwind Traders Ltd", "kind": "company", "industry": "零售 Retail", "size": null, "region": null, "city": "London", "street": "12 Baker Street, London W1U 3BW, UK", "phone": "+44 20 7946 0958", "phone_e164": "+442079460958", "email": "m.peacock@northwind.co.uk", "website": null, "source": null, "grade": null, "need_match": null, "win_likelihood": null, "growth_potential": null, "strategic": null, "notes": null, "created_at": "2026-12-03T12:03:15+00:00", "updated_at": "2026-12-03T12:03:15+00:00", "row_version": 1, "merged_into": null, "deleted_at": null, "import_id": null, "postcode": null, "country": null, "phone_invalid": 0}, "merged": [{"id": 14, "code": "C00014", "name": "Northwind Traders Limited", "kind": "company", "industry": null, "size": null, "region": null, "city": "London", "street": null, "phone": "+44 20 7946 0958", "phone_e164": "+442079460958", "email": "m.peacock@northwind.co.uk", "website": null, "source": null, "grade": null, "need_match": null, "win_likelihood": null, "growth_potential": null, "strategic": null, "notes": null, "created_at": "2026-12-03T12:03:15+00:00", "updated_at": "2026-12-03T12:03:15+00:00", "row_version": 1, "merged_into": null, "deleted_at": null, "import_id": null, "postcode": null, "country": null, "phone_invalid": 0}], "moved": {"14": {"interactions": [233], "orders": []}}, "customer_tags": [[12, 50]], "contacts": [{"id": 14, "customer_id": 12, "name": "Margaret Peacock", "title": "Purchasing Manager", "phone": null, "phone_e164": null, "phone_invalid": 0, "email": null, "im": null, "notes": null, "is_primary": 1, "left_at": null, "created_at": "2026-12-03T12:03:15+00:00", "updated_at": "2026-12-03T12:03:15+00:00", "row_version": 1, "deleted_at": null, "import_id": null}, {"id": 17, "customer_id": 14, "name": "Maggie Peacock", "title": null, "phone": null, "phone_e164": null, "phone_invalid": 0, "email": null, "im": null, "notes": null, "is_primary": 1, "left_at": null, "created_at": "2026-12-03T12:03:15+00:00", "updated_at": "2026-12-03T12:03:15+00:00", "row_version": 1, "deleted_at": null, "import_id": null}], "interaction_contacts": []}','2026-12-03T12:03:15+00:00',NULL);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
);
INSERT INTO settings VALUES('region','"CN"');
INSERT INTO settings VALUES('guessed','{}');
INSERT INTO settings VALUES('currency','"CNY"');
INSERT INTO settings VALUES('views','[{"descending": true, "filter": "", "name": "华创 重点", "search": "华创", "sort": "score"}]');
INSERT INTO settings VALUES('follow_up_days','{"call": 5, "visit": 10}');
INSERT INTO settings VALUES('industry_synonyms','{"半导体": "制造 Manufacturing"}');
INSERT INTO settings VALUES('scoring',replace('{\n  "version": 1,\n  "window_days": 300,\n  "recency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "frequency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "monetary": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "dimensions": {\n    "current_value": {\n      "weight": 40.0,\n      "inputs": {\n        "recency": 30.0,\n        "frequency": 30.0,\n        "monetary": 40.0\n      }\n    },\n    "growth_potential": {\n      "weight": 30.0,\n      "inputs": {\n        "growth_rating": 50.0,\n        "need_match": 25.0,\n        "spend_trend": 25.0\n      }\n    },\n    "relationship_stability": {\n      "weight": 20.0,\n      "inputs": {\n        "tenure": 40.0,\n        "regularity": 30.0,\n        "sentiment": 30.0\n      }\n    },\n    "strategic_importance": {\n      "weight": 10.0,\n      "inputs": {\n        "strategic_rating": 100.0\n      }\n    }\n  },\n  "tiers": {\n    "strategic": 90.0,\n    "core": 70.0,\n    "potential": 50.0\n  },\n  "priority": {\n    "Strategic": {\n      "normal": "S",\n      "churn": "S"\n    },\n    "Core": {\n      "normal": "A",\n      "churn": "S"\n    },\n    "Potential": {\n      "normal": "B",\n      "churn": "A"\n    },\n    "Basic": {\n      "normal": "C",\n      "churn": "C"\n    }\n  },\n  "neutral": 50.0,\n  "new_days": 90,\n  "tenure_cap_years": 5.0,\n  "trend_cap_pct": 100.0,\n  "churn": {\n    "min_order_days": 3,\n    "gap_multiplier": 2.0,\n    "min_extra_days": 30,\n    "negatives": 2,\n    "of_last": 3\n  },\n  "sentiment": {\n    "window_days": 90,\n    "half_life_days": 30.0\n  },\n  "segments": "standard"\n}','\n',char(10)));
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','customer_fts','customer_fts',0,'CREATE VIRTUAL TABLE customer_fts USING fts5(
    doc, pinyin, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'customer_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO customer_fts_data VALUES(1,X'1186108215');
INSERT INTO customer_fts_data VALUES(10,X'000000000103040003010102020101030101');
INSERT INTO customer_fts_data VALUES(137438953473,X'00000ec105303037353501021005083939313536363835010213010131060207020330353407041306020a3231333236333731333102020a0202333205020e04083430363334393434050211020a3532343933313730323103043a030302373602021c0202363308020c03023633030212050439343034030215020a3737333735383335383106020b020a38303830303332343938040441030301320302110309373437363037333935080207030138070211040838303032313035340702140202393201022801033231330202060502400407323633373133310202090203343938040245020336303305022b030133020207010333313503022702073236333731333102020b020335383106040a0502073735383335383106020c01043430363305020f05043439343405021302073130303737383204040f040207373630373339350802090202393106021f030633313730323103023d0302343405041006010335333204020e0102363004022503033635370602220203363835010412060202393704022e01043730323103023e020331333102040806020333393508020a020235380602090202373306020803023832040212020239330802250104383030320702120504313035340702160405333234393804024402013603021001020d040206030b3133323430363334393434050212040a3532343933313730323103023c040a38303830303332343938040243050932313636333934303403021405093734373630373339350802080509383830303231303534070215030b3533323431303037373832040210030b37353539393135363638350102140105393030393202021f02023336050227020334303403041305020339313501021105043636383501021501016106021d02036c736f06021a02066e67656c657302021601016205022902056561636f6e060203020575646765740202170106633030303031010202060132020202060133030202060134040202060135050202060136060202060137070202060138080202020861697869756c616e03081701011b03086c69666f726e696102021403027065060221020b68656e676a69656c696e670702190d0c676f6e6779696e676c69616e07060101020305696361676f06021204026e6101022b02022a01023101022e020243010228020d6a6c67796c676c676679786773070601010302016e01041913020619121a0102300104191602024201022702016f06020503016d02020f0204163401021802021a01020d040770657469746f7206021e0202786c030601011c020479636c6502021801086465636973696f6e060217021769616e7a697368697965796f757869616e676f6e677369030601010c0205726976657306021502077a737979786773030601010d0109656475636174696f6e08021002086c697a6162657468060228020a6e67696e656572696e670202290404131b011866656973686978696e686f6e676469616e7a697368697965030601010403056e676c616e0806010104040d796f757869616e676f6e677369040601010c03060101140205686534353308020b02016c0806010105020b737868647a7379797867730306010105020479786773040601010d03060101150106676679786773040601010b030601011302076c676679786773070601010f02056f6e6773690106010118020601011801060101120106010114020601011a051479696e676c69616e6775616e6c69677566656e79070601010802047265656e0602200201730106010119020601011901060101130106010115020601011b021775616e6c69677566656e796f757869616e676f6e677369070601010e031066656e796f757869616e676f6e677369040601010a0306010112020a796c676c6766797867730706010109010668616979616e05081501011903066d696c746f6e02022603166e677a686f757368696b657975616e7368616e676d6105060101020208647a737979786773030601010b020365616402022704022a031666656973686978696e686f6e676469616e7a69736869030601010205056e676c616e08060101020202666c0806010103030b737868647a73797978677303060101030209686b6a676679786773040601010302086b6a676679786773040601010502176f6e676469616e7a697368697965796f757869616e676f030601010a0504686f6e670404153409106b656a69677566656e796f757869616e040601010205146b656a69677566656e796f757869616e676f6e670406010104020179050601011a020a7a736b79736d7978677305060101030108696c6c696e6f697306021102016e02021a0301630202050308647573747269616c06020402017401021c01021202021901076a616e7561727902021b02066766797867730406010109020769616e6779616e03083f0101200316656c696e67676f6e6779696e676c69616e6775616e6c07060101040312677566656e796f757869616e676f6e67736904060101080310736875796f757869616e676f6e6773690106010110020c6c67796c676c6766797867730706010105020573797867730106010111020179030601012101166b656a69677566656e796f757869616e676f6e677369040601010603047975616e05021707127368616e676d616f796f757869616e676f6e050601010802076a6766797867730406010107020779736d79786773050601010901036c616e030601011f050601010603047273656e06022902036561640602140206676679786773070601011103076c676679786773070601010d030a796c676c6766797867730706010107021769616e6775616e6c69677566656e796f757869616e676f070601010c0312677566656e796f757869616e676f6e677369070601011003166e67676f6e6779696e676c69616e6775616e6c69677507060101060302736102021d0304796f6e6707081801011d02086f6769737469637307021d030173020215020274640602060206757869616e67010601011b020178010601011c020179070601011e010d6d616e75666163747572696e6703021c030210030e6f796f757869616e676f6e677369050601010e02076f746f7277617902021e020479786773050601010f01026f6602022804022b010570726963650602180209757263686173696e6702020d01057169616e67040813010117010672657461696c05021c0205756979756e010218071278696e78696a69736875796f757869616e67010601010802097978786a73797867730106010109010973656e736974697665060219021468616e676d616f796f757869616e676f6e677369050601010c0316656e7a68656e73686972756979756e78696e78696a6901060101020316696b657975616e7368616e676d616f796f757869616e0506010106041572756979756e78696e78696a69736875796f7578690106010106041578696e686f6e676469616e7a697368697965796f750306010106040f7965796f757869616e676f6e6773690306010110030e75796f757869616e676f6e6773690106010112020169010601011a020601011a01060101140106010116020601011c02086b79736d79786773050601010702056d79786773050601010d02076f66747761726501021d01021302021a020a727978786a73797867730106010107020574617274730202190403746573020222040225020a7868647a737979786773030601010702047978677301060101130304797867730306010111020c7a73727978786a73797867730106010103010774616c6b696e6706021b020b6563686e6f6c6f67696573020204020268650602160203696e67040601011c050474696e67040601011a09043231323204024a02016f06021c03026e79020225020174040601011b0106756e69746564020221040224020173020220040223010a76616c656e7a75656c610204030d010477616e67050216050668616979616e05060101170202687905060101180203786964040249010378677301060101170206010117010601011101060101130206010119020968647a7379797867730306010109020469616e67010601011d06056f6e6773690106010116020601011601060101100106010112020601011804016f04021405057169616e67040601011503126a69736875796f757869616e676f6e677369010601010e03056e686f6e670304182a08116469616e7a697368697965796f757869610306010108041478696a69736875796f757869616e676f6e677369010601010c0304756c616e030601011d02066a7379786773010601010f02016c030601011e03017501021702017104060101160207786a7379786773010601010d010379616e0306010122020601011b020e65796f757869616e676f6e67736903060101120217696e676c69616e6775616e6c69677566656e796f757869070601010a02096c676c676679786773070601010b02036f6e67070601011f030b757869616e676f6e67736901060101140206010114010601010e010601011002060101160206736d79786773050601010b021775616e7368616e676d616f796f757869616e676f6e6773050601010a03166e78696e78696a69736875796f757869616e676f6e67010601010a020378677301060101150206010115010601010f010601011102060101170307786a7379786773010601010b020479786773030601011301187a68656e73686972756979756e78696e78696a6973687579010601010403166f757368696b657975616e7368616e676d616f796f75050601010403097574696e6774696e670408460101180213697368697965796f757869616e676f6e677369030601010e0209736b79736d797867730506010105030a727978786a7379786773010601010503057979786773030601010f0202747404060101190103e4b88004022103018a0804110403018d07022a03019304023803019a03020b01022b03019c01021f03021c04021f0301ad01022c02022b01023201022f0202440102290202ba860702300301910102070301ba07023d0202bb8b07022603019804021f0301b601021b0102110202180301bd04020803020c0202bd950804032a0301990502210202be9b0702060202bfa10102080103e585880802170301ac01020e02020e01020b01020c02020f0301b003022f0504052a04090d06090f070d10070707090f10060e060d070b0c080806080c090c09090d0c070b0808070809070909080707070709090a0c100f0f0e0e0e10100a0709080906080b060a0a0b06060606060606100d0710130a16141906130c09090d1e0a0e0e0d131f0c190a081210120e201b091c1e1c110e0b1d0f0b1d0c0912100f1e0a171b08110d06060d0c0c0d0f1d1917130c081d09190e0e0f09080d0e111e191d070c0d06070d080815150c0b0a0a0e0d0b0a19100e1b1d1d1c1c16151c0f0c12110a0b110b0b130c10070a0b090607080e0910090d09081e100b20060c190b181b0b0d0806080e0f151e100a260d1e1d1e0e0b1f1d111a10110c0908070606090c1507060607060c09080607070812');
INSERT INTO customer_fts_data VALUES(137438953474,X'000004600430e585b30702280202868d08021b0301b308021c0202878c0702050301a40804042a020288b603021a03020e02028aa00702390301a10304310802028b8707024702028c8503022103019707021f0301ba01022402022301022901022302023c01022102028e820702320301bb07022c02028fb701022902022801022f0102280202410102260301b801020f02020f01020c01020d020210020290880304031e020291980402390202938108021a020294ae05021b020295860502080202969c08021502029bbd01022d01022401022c01023301023001022701024501022a02029cb30104041f0202a29e0702380202a4870502350202350301a704022c0301a90402260202a9b704043b030202ad900302090301a60102250202240202ae8901022302021d03018f03020701020303019a08021d03019d01022203019e03020a0301a20702240301a405022c0202b1b104021b03023b0202b29b04041e0c0202b79e0504041e0301a504022a0202b8820102050202050202050202b9b407022d0301bf01021e0202ba9407020703019c0102260202250301a705022a0202bbba07022f0202bc980402040301ba0402350202bebd03021e0103e680bb01023003023f020281af010209020283b301022f020288b70702250301bf070233020289a907022e02028a8001020a03020602028db70702040202959908020e020296b007023101022002029c8804022303018901020c02020c01020901020a02020d0301af01020b0301b104023a02029d8e0702460301ad0506031e050202a0b70802190202aca20802160301be0402200202ada60702200202b09107023e0202b18207023703018907022103019f03023402021e0302230202b2b30302220202b4aa07023a0202b58107021c03019905021d0301a608021e0301b7050232030412040202b7b10104031f0202b99607021e0103e78795050233020289a907021b02028e8b050231020290860102320204330802023802040a430202919e010206020294b10702220301b503020802029b9104024002029c8b0802180202a78003022e0301910402050102060202aea10702090202b3bb0702290202bb8d07022703018f0102310204320802023702024a0301930402240202be8e0202230402260103e88081070223020282a104020703020b0301a50304041e0301b208020f020288ac040222020289b3030235020290a504023e0301a7040234020294a103022d02029e8d0502250202a1970502260202aebe0502340202340202af9a0702030202b4a2030430080301ad0402370302490301b80502090202b7af01022702022604023f0102240202bdaf01021a0102100202170202bf9004023d03019c0502070103e980a003021b03020f0202819304022d020283a805023602028787040236030248030191050224020291ab030206020293be0702080202949907022b020295bf0802220202999001020d02020d01020a01020b02020e02029bb605021a02029c8007023602029d9204021d0202b9bf01022e0202bb840402270408070607070a070707070615070616120807070707071c08070a06060807090a0906060606060a0808060d0706070906070706070b07070706070a07070a071206060708070706070707060c07070706060a0807080707120707060707070907070710060a080a0706070707060707070a07080906100d07060b07070a06070707071307070707');
INSERT INTO customer_fts_data VALUES(274877906945,X'0000091d0530303031330a020f0504383030300a02130202323009020d0408383838383636363609021002033735350b020e050832363636383838380b021102033935380c040905020409050101310a02330201300902380201320c0216030233340d02060504353637380a024403020a020233380a020e040830303133383030300a02110301390d0205040831323334353637380a044103030208010232300c020702020702033636360b020f0504383838380b021301033362770c021b010234340c0206020206030a323037393436303935380c020a02020a0104353637380a02450304070601043636363609040f060104373934360c02080202080504303935380c020b02020b0104383030300a041006020c3631333830303133383030300a021205093931323334353637380a0243030209030a32303838383836363636090211030b37353532363636383838380b0212020338383809020e02041006050436363636090212010562616b65720c02170106633030303039090202050231300a02020601310b02020601320c02020601330d02020601340e0202020368656e09021405077a68696d696e670906010115031575616e676b656a69796f757869616e676f6e677369090601010802066b6a79786773090601010902016e0902180104173302016f0c021002021003016d09021702027a6d090601011601136469616e7a69796f757869616e676f6e6773690a0601010c02057a797867730a0601010d010766647a797867730a0601010b021565696469616e7a69796f757869616e676f6e6773690a0601010a04116b656a69796f757869616e676f6e6773690b0601010a02066b6a797867730b0601010b0106676f6e677369090601011201060101140106010114020173090601011301060101150106010115021775616e677a686f75687561636875616e676b656a69796f090601010202097a68636b6a797867730906010103010868636b6a79786773090601010702087561636875616e670902160a0f6b656a69796f757869616e676f6e670906010106010269740a021a010f6a69796f757869616e676f6e677369090601010c020601010e020479786773090601010d020601010f01116b656a69796f757869616e676f6e677369090601010a020601010c02056a79786773090601010b020601010d01076c696d697465640c020502020503026e610d0601010203057579616e670b0601011702016e0d0601010302056f6e646f6e0c0415060202120201790b0601011801016d0c020d02020d0206616e616765720c0220040a75666163747572696e6709021b03067267617265740c021d0203696e67090601011901026e610d0601010402086f72746877696e640c04030e0204030e0107706561636f636b0c040e1202020e0209757263686173696e670c021f01057169616e670a0601011c010672657461696c0c021401187368656e7a68656e73686974656e676665696469616e7a690a0601010213066b656a69796f0b0601010203166974656e676665696469616e7a69796f757869616e670a060101060b0e6b656a69796f757869616e676f6e0b0601010602016909060101140106010116010601011602076f6674776172650a021b02087466647a797867730a0601010704066b6a797867730b060101070304726565740c0218020a7a737466647a797867730a0601010306066b6a797867730b06010103010774656e676665690a04163308116469616e7a69796f757869616e676f6e670a0601010808116b656a69796f757869616e676f6e6773690b06010108020766647a797867730a0601010903066b6a797867730b0601010902067261646572730c02040202040102756b0c04110d02021101037731750c021a0208616e677169616e670a084601011a020265690a060101190201710a0601011b0103786773090601011101060101130106010113020969616e676f6e677369090601011001060101120106010112010479616e670b06010119020c6f757869616e676f6e677369090601010e010601011001060101100203786773090601010f0106010111010601011101087a68616e677765690a08150101170307636b6a7978677309060101050316656e73686974656e676665696469616e7a69796f75780a060101040f0a6b656a69796f757869610b060101040305696d696e6709081501011703166f75687561636875616e676b656a69796f757869616e0906010104020e69796f757869616e676f6e6773690a0601010e02016d09060101180209737466647a797867730a0601010505066b6a797867730b060101050201770a060101180204797867730a0601010f0103e4b88a0d020c03019c09021d01021d0202bbb60a02190202bc9a09022803019f0a02360202bd930902210103e585ac09020b01020c01020c020288980b021703019b0902060301b609021902028aa10a023e02028cba09023001022e02028d870a022503018e090405320301970a022c02028fb70902390102340301b809020c01020d01020d020294ae0c021302029bad0a023102029cb30a06041d0d0104041402029f8e0902340202a4870a022403018f0902360301a909022e0202a89c0d02040202ad900a02090301970902220202aea20902230202b1950902270301b10a022d0202b79e0906041d0f0202b88209022d010405280102050202b9b40a02200301bf0908031b040f01021c0202ba950a02210202bca00a02350301ba0a023c0202bf9709023b0103e680bb0a023f020288b709022402028a80090208010230010209020296b00902330202988e09023c02029c8909020901040a1a01020a02029d8e0d02030202b19f0902320202b2b309022f0202b48b0b02180202b5b70d020d0202b7b10a06031d0d010403140202b8af0902260103e78e8b0a023b02028fa00902310202908609024001023a020294b50a020802029b910a02400202a79109020701022f0102080202ae970a02280202b9810902200202baa70a02260202bb8f09023f0102390103e885be0a02060102060202aea40902290301be0a02230202af8609022a0202b4a20a023d0301ad09023e0102380202b7af0902370102320202bdaf0a02180103e980a009021a0202878709023d0102370202998809023a03019009020a01020b01020b02029bb60c02120202a2840a02270202a39e0a02070102070202a699090225040909070d080d0d060606070c070d06110a0809080a120d0a0c0c0a11110f100c090a0b0706060606080e1c0d0a0906091a0c0e1c180d17121e100f0d16071b101d110f090c080e08090b0f0b0a0912100e0c0b1f0d1d15120c0f0d09110d0d18180e0d0e0b08100908141a0b1d14100e1d110d1d1508100d080b0809070706070e070606070a0707060a0c07070d07070606070706070706090e070c0707060708070d07070e07070707070d0708070a07070d0707070a0b07060707090a07080a070c07070a');
INSERT INTO customer_fts_data VALUES(412316860417,X'0000061605303035373110040d21050838373635343332311004102101033130300f02240206323334353637110407130101320f04102002033334350f0411200504363738390f04142001043433323110080f061d06020335363711040a130201391104051303093839313233343536371104081301013511020d0104363738390f0812051d0501013810022502043033333111020e020c36353731383736353433323110041121020337363510040e2105043433323110041221020238360f040f2004093232333435363738390f0413200201391104061301083931323334353637110409130108626572676d616e6e11020301066330303031350f0202060136100202060137110202021168617965796f757869616e676f6e677369100601010a0309656e6d65696c696e670f0601011902026d6c0f0601011a02057979786773100601010b0102646511020f021769616e7a69677566656e796f757869616e676f6e6773690f0601010a02077a6766797867730f0601010b010e65696e6b617566736c6569746572110215010466616e671006010117020f656e796f757869616e676f6e6773690f0601011002036f6f641002160204797867730f0601011101076765726d616e79110210020566797867730f0601010f02036d626811020402056f6e6773690f0601011601060101120204726f73731102140201730f06010117010601011302117566656e796f757869616e676f6e6773690f0601010e011868616e677a686f756c767975616e6368617965796f7578691006010102030a7570747374726173736511020c0208647a6766797867730f06010109021775616469616e7a69677566656e796f757869616e676f6e0f0601010802097a6c79637979786773100601010301066a757267656e110213010a6c68647a6766797867730f06010107021769616e6875616469616e7a69677566656e796f757869610f0601010603026e670f0601011d0217767975616e6368617965796f757869616e676f6e67736910060101060207796379797867731006010107010d6d616e75666163747572696e670f0218020665696c696e670f0601011b02016c0f0601011c0206756e6368656e11020b010273690f060101180106010114011874616977616e6c69616e6875616469616e7a69677566656e0f06010102020b776c68647a6766797867730f06010103010877616e6766616e67100601011504156c69616e6875616469616e7a69677566656e796f750f060101040201661006010116020a6c68647a6766797867730f0601010501037867730f060101150106010111020969616e676f6e6773690f0601011401060101100107796379797867731006010109020e65796f757869616e676f6e677369100601010c020c6f757869616e676f6e6773690f06010112010601010e021575616e6368617965796f757869616e676f6e677369100601010802037867730f06010113010601010f020479786773100601010d01077a6766797867730f0601010d0217686f756c767975616e6368617965796f757869616e676f1006010104021369677566656e796f757869616e676f6e6773690f0601010c02086c7963797978677310060101050103e4b89a0f02290102080202b9890f021f0202ba951002230202bb810f02220301bd0f020a0202bfa10f021e0103e585ac0f020d01020b020288b60f021602028aa10f022a02028c970f041a040301ba0f022001022102028d8e0f020602028fb00f060318040301b70f02250102260301b80f020e01020c0202938110021502029bbd1102120202ad900f02080202b79e10060416070202b8820f021d01021e0202beb71102110103e680bb10022902029c890f020b01020902029dad10060316070301be0f02210202b19f10021a0202b5991002190202b9961002200301be0f02040202ba901002060103e78e8b1002270301b20f0228020290860f022c01022b020294b50f020702029c8110021b0202bb8f0f022b01022a0301bf1002050202be8e0f02270103e881940f0205020282a10f020902028ab310022802028cb61002070202a5bf10021f0202b7af0f02230102240103e980a00f0217020299880f02260301900f020c01020a0202a39f1002140202be99100222040a0e080c07090a0c09070f060c060912090a080f070e0d0b06061810090c071e0e130b16080b0c0c0811090d181f0f0f1e100b111e091e0e120d080b0e1f120f1c08110f150e15181c0f0b0e1e1a0f0b07070706070b0707080907090909070707090a07080a0906070707060708060a07070a060708070707070a08070907');
CREATE TABLE IF NOT EXISTS 'customer_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO customer_fts_idx VALUES(1,X'',2);
INSERT INTO customer_fts_idx VALUES(1,X'30e585b3',4);
INSERT INTO customer_fts_idx VALUES(2,X'',2);
INSERT INTO customer_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'customer_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO customer_fts_content VALUES(1,'c00001  深  圳  市  瑞  云  信  息  技  术  有  限  公  司  0755 9915 6685 075599156685 8675599156685 99156685 6685 xlu@ruiyun.cn  软  件  it & software  广  东   深  圳   宝  安  区  学  府  路 192 号  cn china  中  国   鹿  想   总  经  理 ','shenzhenshiruiyunxinxiji szsryxxjsyxgs zhenshiruiyunxinxijishuy zsryxxjsyxgs shiruiyunxinxijishuyouxi sryxxjsyxgs ruiyunxinxijishuyouxiang ryxxjsyxgs yunxinxijishuyouxiangong yxxjsyxgs xinxijishuyouxiangongsi xxjsyxgs xijishuyouxiangongsi xjsyxgs jishuyouxiangongsi jsyxgs shuyouxiangongsi syxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si luxiang lx xiang');
INSERT INTO customer_fts_content VALUES(2,'c00002 valenzuela technologies inc. (213) 263-7131 2132637131 12132637131 32637131 7131 purchasing@valenzuela.com  软  件  it & software california los angeles budget cycle starts in january. 1576 lisa motorway 90092 us united states  美  国  tony hamilton head of engineering','');
INSERT INTO customer_fts_content VALUES(3,'c00003  合  肥  市  鑫  宏  电  子  实  业  有  限  公  司  +86 182-1663-9404 8618216639404 16639404 9404 caixiulan@xinhong.cn  制  造  manufacturing  安  徽   合  肥   包  河  区  学  府  路 315 号  cn china  中  国   蔡  秀  兰   财  务  经  理   江  艳   财  务  经  理  15249317021 15249317021 8615249317021 49317021 7021 jiangyan@xinhong.cn','hefeishixinhongdianzishi hfsxhdzsyyxgs feishixinhongdianzishiye fsxhdzsyyxgs shixinhongdianzishiyeyou sxhdzsyyxgs xinhongdianzishiyeyouxia xhdzsyyxgs hongdianzishiyeyouxiango hdzsyyxgs dianzishiyeyouxiangongsi dzsyyxgs zishiyeyouxiangongsi zsyyxgs shiyeyouxiangongsi syyxgs yeyouxiangongsi yyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si caixiulan cxl xiulan xl lan jiangyan jy yan');
INSERT INTO customer_fts_content VALUES(4,'c00004  宏  弘  科  技  股  份  有  限  公  司  +86 532 41007782 8653241007782 41007782 7782 qiang.xiao@honghong.com  软  件  it & software  山  东   青  岛   付  款  一  般  月  结 60 天 。  黄  岛  区  工  业  大  道 697 号  cn china  中  国   萧  强   采  购  专  员   朱  婷  婷   运  营  总  监  18080032498 18080032498 8618080032498 80032498 2498 zhutingting@honghong.com wxid_tingting2122','honghongkejigufenyouxian hhkjgfyxgs hongkejigufenyouxiangong hkjgfyxgs kejigufenyouxiangongsi kjgfyxgs jigufenyouxiangongsi jgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si xiaoqiang xq qiang zhutingting ztt tingting tt ting');
INSERT INTO customer_fts_content VALUES(5,'c00005  杭  州  市  科  远  商  贸  有  限  公  司  132-4063-4944 13240634944 8613240634944 40634944 4944 haiyan.wang@keyuan.com.cn  零  售  retail  浙  江   杭  州   余  杭  区  金  融  街 936 号 b 座 2603 室  cn china  中  国   王  海  燕   设  备  部  经  理 ','hangzhoushikeyuanshangma hzskysmyxgs zhoushikeyuanshangmaoyou zskysmyxgs shikeyuanshangmaoyouxian skysmyxgs keyuanshangmaoyouxiangon kysmyxgs yuanshangmaoyouxiangongs ysmyxgs shangmaoyouxiangongsi smyxgs maoyouxiangongsi myxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si wanghaiyan why haiyan hy yan');
INSERT INTO customer_fts_content VALUES(6,'c00006 beacon industrial co., ltd. 1-773-758-3581 17737583581 37583581 3581  制  造  manufacturing illinois chicago engineering lead drives the decision. price sensitive; also talking to a competitor. 491 green cape 60657 us united states  美  国  elizabeth larsen head of engineering','');
INSERT INTO customer_fts_content VALUES(7,'c00007  诚  捷  凌  供  应  链  管  理  股  份  有  限  公  司  188 8002 1054 18880021054 8618880021054 80021054 1054 liyong@chengjieling.com  物  流  logistics  湖  北   武  汉   由  老  客  户  介  绍 , 关  系  不  错 。 去  年  扩  建  了  新  厂  房 , 设  备  需  求  增  加 。  洪  山  区  人  民  路 213 号  cn china  中  国   李  勇   采  购  经  理 ','chengjielinggongyinglian cjlgylglgfyxgs jielinggongyinglianguanl jlgylglgfyxgs linggongyinglianguanligu lgylglgfyxgs gongyinglianguanligufeny gylglgfyxgs yinglianguanligufenyouxi ylglgfyxgs lianguanligufenyouxiango lglgfyxgs guanligufenyouxiangongsi glgfyxgs ligufenyouxiangongsi lgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si liyong ly yong');
INSERT INTO customer_fts_content VALUES(8,'c00008  何  凤  兰  (+86)18747607395 8618747607395 47607395 7395 fhe453@163.com  教  育  education  上  海   上  海   喜  欢  先  看  样  品  再  决  定 。  浦  东  新  区  长  江  路 793 号  cn china  中  国   何  凤  兰 ','hefenglan hfl fenglan fl lan');
INSERT INTO customer_fts_content VALUES(9,'c00009  广  州  华  创  科  技  有  限  公  司  020-8888 6666 02088886666 862088886666 88886666 6666 chen.zhiming@huachuang.com.cn  制  造  manufacturing  广  东   广  州   繁  体  字  客  户 , 香  港  展  会  认  识   广  州  市  天  河  区  珠  江  新  城  华  夏  路 10 号   陈  志  明   采  购  经  理 ','guangzhouhuachuangkejiyo gzhckjyxgs zhouhuachuangkejiyouxian zhckjyxgs huachuangkejiyouxiangong hckjyxgs chuangkejiyouxiangongsi ckjyxgs kejiyouxiangongsi kjyxgs jiyouxiangongsi jyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si chenzhiming czm zhiming zm ming');
INSERT INTO customer_fts_content VALUES(10,'c00010  深  圳  市  腾  飞  电  子  有  限  公  司  138 0013 8000 13800138000 8613800138000 00138000 8000 zhangwei@tengfei.cn  软  件  it & software  广  东   深  圳   年  底  有  设  备  升  级  预  算   深  圳  市  南  山  区  科  技  园  路 1 号   张  伟   采  购  经  理   王  强   财  务  总  监  13912345678 13912345678 8613912345678 12345678 5678 wangqiang@tengfei.cn','shenzhenshitengfeidianzi szstfdzyxgs zhenshitengfeidianziyoux zstfdzyxgs shitengfeidianziyouxiang stfdzyxgs tengfeidianziyouxiangong tfdzyxgs feidianziyouxiangongsi fdzyxgs dianziyouxiangongsi dzyxgs ziyouxiangongsi zyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si zhangwei zw wei wangqiang wq qiang');
INSERT INTO customer_fts_content VALUES(11,'c00011  深  圳  市  腾  飞  科  技  有  限  公  司  0755-2666 8888 075526668888 8675526668888 26668888 8888  深  圳   刘  洋 ','shenzhenshitengfeikejiyo szstfkjyxgs zhenshitengfeikejiyouxia zstfkjyxgs shitengfeikejiyouxiangon stfkjyxgs tengfeikejiyouxiangongsi tfkjyxgs feikejiyouxiangongsi fkjyxgs kejiyouxiangongsi kjyxgs jiyouxiangongsi jyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si liuyang ly yang');
INSERT INTO customer_fts_content VALUES(12,'c00012 northwind traders limited +44 20 7946 0958 442079460958 79460958 0958 m.peacock@northwind.co.uk  零  售  retail london 12 baker street, london w1u 3bw, uk margaret peacock purchasing manager','');
INSERT INTO customer_fts_content VALUES(13,'c00013  李  娜  139 1234 5678 13912345678 8613912345678 12345678 5678  上  海 ','lina ln na');
INSERT INTO customer_fts_content VALUES(14,'c00014 northwind traders limited +44 20 7946 0958 442079460958 79460958 0958 m.peacock@northwind.co.uk london','');
INSERT INTO customer_fts_content VALUES(15,'c00015  台  湾  联  华  电  子  股  份  有  限  公  司  +886 2 2345 6789 886223456789 23456789 6789  制  造  manufacturing  台  北   台  北  市  信  义  区  松  仁  路 100 号   陈  美  玲   业  务  经  理  +886 2 2345 6789 886223456789 23456789 6789','taiwanlianhuadianzigufen twlhdzgfyxgs wanlianhuadianzigufenyou wlhdzgfyxgs lianhuadianzigufenyouxia lhdzgfyxgs huadianzigufenyouxiangon hdzgfyxgs dianzigufenyouxiangongsi dzgfyxgs zigufenyouxiangongsi zgfyxgs gufenyouxiangongsi gfyxgs fenyouxiangongsi fyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si chenmeiling cml meiling ml ling');
INSERT INTO customer_fts_content VALUES(16,'c00016  杭  州  绿  源  茶  业  有  限  公  司  0571-8765 4321 057187654321 8657187654321 87654321 4321  食  品  food  杭  州   浙  江  省  杭  州  市  西  湖  区  龙  井  路 8 号   王  芳   总  经  理  0571-8765 4321 057187654321 8657187654321 87654321 4321','hangzhoulvyuanchayeyouxi hzlycyyxgs zhoulvyuanchayeyouxiango zlycyyxgs lvyuanchayeyouxiangongsi lycyyxgs yuanchayeyouxiangongsi ycyyxgs chayeyouxiangongsi cyyxgs yeyouxiangongsi yyxgs youxiangongsi yxgs xiangongsi xgs gongsi gs si wangfang wf fang');
INSERT INTO customer_fts_content VALUES(17,'c00017 bergmann gmbh +49 89 1234567 49891234567 91234567 4567 münchen hauptstrasse 5 80331 de germany  德  国  jürgen gross einkaufsleiter +49 89 1234567 49891234567 91234567 4567','');
CREATE TABLE IF NOT EXISTS 'customer_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO customer_fts_docsize VALUES(1,X'311c');
INSERT INTO customer_fts_docsize VALUES(2,X'2800');
INSERT INTO customer_fts_docsize VALUES(3,X'4021');
INSERT INTO customer_fts_docsize VALUES(4,X'491b');
INSERT INTO customer_fts_docsize VALUES(5,X'371a');
INSERT INTO customer_fts_docsize VALUES(6,X'2b00');
INSERT INTO customer_fts_docsize VALUES(7,X'4a1e');
INSERT INTO customer_fts_docsize VALUES(8,X'2c05');
INSERT INTO customer_fts_docsize VALUES(9,X'3f18');
INSERT INTO customer_fts_docsize VALUES(10,X'471b');
INSERT INTO customer_fts_docsize VALUES(11,X'1718');
INSERT INTO customer_fts_docsize VALUES(12,X'1f00');
INSERT INTO customer_fts_docsize VALUES(13,X'0c03');
INSERT INTO customer_fts_docsize VALUES(14,X'1100');
INSERT INTO customer_fts_docsize VALUES(15,X'321c');
INSERT INTO customer_fts_docsize VALUES(16,X'3116');
INSERT INTO customer_fts_docsize VALUES(17,X'1a00');
CREATE TABLE IF NOT EXISTS 'customer_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO customer_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','tag_fts','tag_fts',0,'CREATE VIRTUAL TABLE tag_fts USING fts5(
    doc, pinyin, tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE TABLE IF NOT EXISTS 'tag_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO tag_fts_data VALUES(1,X'347c00');
INSERT INTO tag_fts_data VALUES(10,X'000000000102020002010101020101');
INSERT INTO tag_fts_data VALUES(137438953473,X'0000034b0530323032352a020401020401076163636f756e742702030106627564676574230202010a636f6d70657469746f72220202030a6e737472756374696f6e13020202057573746f6d1c0202010864656c69766572791d02030109656475636174696f6e0e020202056e657267791202020104666173741d02020206696e616e63651002020703696e671a020302036f6f6414020202057265657a65230203010a6865616c7468636172650d02020203696768280202010269740702020a020201036b657927020201046c61746521020202086f676973746963730f0202010d6d616e75666163747572696e670b020201056e656564731a0202030877736c65747465722f02020105706179657221020302086f74656e7469616c2802030204726963651b0202010672657461696c0c0202010973656e7369746976651b02030203686f772b02030204706563731c0203010574726164652b0202030369616c2202030106757073656c6c29020201037669702c02020103e4b89a0102040202baa41702020f02030301ba2002040202bb981e02020301b60702040301b71602020202bc9a2a02030103e585b3200202020288b601020218020302028a9b25020402028cbb03020202028d8715020402028f892602040301af260202020293810a02031502030f0205020294ae02020324020602029ca81f02040202a4871502030202ae9a1902020301a22d02030202b1952a02020202bbba0902020103e6849f160205010205020285a21e0204020288b72d02040202958f160204010204030199040202020298a52e020202029c9f1702030102050202a0bc1602030202acbe1e02030202b1821902050202b5810502030202ba900802030202bd9c2502030103e782b9240203020289a9050202020296970302030202a4bc2e02040202a6bb2002050202ab9e1f02020202ad910902030202baa71502050103e880812d02020202818c200206020282b2040203020283bd08020202028a822e020302029e8d0602030202a6811802030202aebe1502020202b0881f02050202b4a61802040202bdaf0702030103e980a00102030202878d240202030191060202020294802602050301ae20020302029bb602020202029c801802020102040202a39f0a02020202ab98250202040c0c0b0f0f0a0d0e0a090b08080a0f080a08090d120a0d0a0d090b0e08090a080b08080a0607060607080a07070707060d0a0707070607070b07070a06070a070707070707080707070707070708070707070707070707070807060706070a07');
INSERT INTO tag_fts_data VALUES(274877906945,X'000000700330756b3202020103e4b8aa3302020202baa43402030301ba3302030202bc9a3402040103e59cb33102030202aea23002040102040202b9bf3402020103e688b73002050102050202b7b13102020103e782b93002030202b4a23402060202babf3402050103e9878d300202040708070607080a070b07080707');
CREATE TABLE IF NOT EXISTS 'tag_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO tag_fts_idx VALUES(1,X'',2);
INSERT INTO tag_fts_idx VALUES(2,X'',2);
CREATE TABLE IF NOT EXISTS 'tag_fts_content'(id INTEGER PRIMARY KEY, c0, c1);
INSERT INTO tag_fts_content VALUES(1,' 制  造  业 ','');
INSERT INTO tag_fts_content VALUES(2,' 零  售 ','');
INSERT INTO tag_fts_content VALUES(3,' 医  疗 ','');
INSERT INTO tag_fts_content VALUES(4,' 教  育 ','');
INSERT INTO tag_fts_content VALUES(5,' 物  流 ','');
INSERT INTO tag_fts_content VALUES(6,' 金  融 ','');
INSERT INTO tag_fts_content VALUES(7,'it 软  件 ','');
INSERT INTO tag_fts_content VALUES(8,' 能  源 ','');
INSERT INTO tag_fts_content VALUES(9,' 建  筑 ','');
INSERT INTO tag_fts_content VALUES(10,' 食  品 ','');
INSERT INTO tag_fts_content VALUES(11,'manufacturing','');
INSERT INTO tag_fts_content VALUES(12,'retail','');
INSERT INTO tag_fts_content VALUES(13,'healthcare','');
INSERT INTO tag_fts_content VALUES(14,'education','');
INSERT INTO tag_fts_content VALUES(15,'logistics','');
INSERT INTO tag_fts_content VALUES(16,'finance','');
INSERT INTO tag_fts_content VALUES(17,'it','');
INSERT INTO tag_fts_content VALUES(18,'energy','');
INSERT INTO tag_fts_content VALUES(19,'construction','');
INSERT INTO tag_fts_content VALUES(20,'food','');
INSERT INTO tag_fts_content VALUES(21,' 设  备  升  级 ','');
INSERT INTO tag_fts_content VALUES(22,' 价  格  敏  感 ','');
INSERT INTO tag_fts_content VALUES(23,' 交  期  敏  感 ','');
INSERT INTO tag_fts_content VALUES(24,' 需  要  账  期 ','');
INSERT INTO tag_fts_content VALUES(25,' 定  制  需  求 ','');
INSERT INTO tag_fts_content VALUES(26,'needs financing','');
INSERT INTO tag_fts_content VALUES(27,'price sensitive','');
INSERT INTO tag_fts_content VALUES(28,'custom specs','');
INSERT INTO tag_fts_content VALUES(29,'fast delivery','');
INSERT INTO tag_fts_content VALUES(30,' 付  款  慢 ','');
INSERT INTO tag_fts_content VALUES(31,' 竞  品  在  谈 ','');
INSERT INTO tag_fts_content VALUES(32,' 关  键  人  离  职 ','');
INSERT INTO tag_fts_content VALUES(33,'late payer','');
INSERT INTO tag_fts_content VALUES(34,'competitor trial','');
INSERT INTO tag_fts_content VALUES(35,'budget freeze','');
INSERT INTO tag_fts_content VALUES(36,' 重  点 ','');
INSERT INTO tag_fts_content VALUES(37,' 高  潜  力 ','');
INSERT INTO tag_fts_content VALUES(38,' 可  交  叉  销  售 ','');
INSERT INTO tag_fts_content VALUES(39,'key account','');
INSERT INTO tag_fts_content VALUES(40,'high potential','');
INSERT INTO tag_fts_content VALUES(41,'upsell','');
INSERT INTO tag_fts_content VALUES(42,' 展  会 2025','');
INSERT INTO tag_fts_content VALUES(43,'trade show 2025','');
INSERT INTO tag_fts_content VALUES(44,'vip','');
INSERT INTO tag_fts_content VALUES(45,' 老  客  户 ','');
INSERT INTO tag_fts_content VALUES(46,' 春  节  礼  品 ','');
INSERT INTO tag_fts_content VALUES(47,'newsletter','');
INSERT INTO tag_fts_content VALUES(48,' 重  点  客  户 ','');
INSERT INTO tag_fts_content VALUES(49,' 深  圳  客  户 ','');
INSERT INTO tag_fts_content VALUES(50,'uk','');
INSERT INTO tag_fts_content VALUES(51,' 个  人 ','');
INSERT INTO tag_fts_content VALUES(52,' 广  交  会  线  索 ','');
CREATE TABLE IF NOT EXISTS 'tag_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO tag_fts_docsize VALUES(1,X'0300');
INSERT INTO tag_fts_docsize VALUES(2,X'0200');
INSERT INTO tag_fts_docsize VALUES(3,X'0200');
INSERT INTO tag_fts_docsize VALUES(4,X'0200');
INSERT INTO tag_fts_docsize VALUES(5,X'0200');
INSERT INTO tag_fts_docsize VALUES(6,X'0200');
INSERT INTO tag_fts_docsize VALUES(7,X'0300');
INSERT INTO tag_fts_docsize VALUES(8,X'0200');
INSERT INTO tag_fts_docsize VALUES(9,X'0200');
INSERT INTO tag_fts_docsize VALUES(10,X'0200');
INSERT INTO tag_fts_docsize VALUES(11,X'0100');
INSERT INTO tag_fts_docsize VALUES(12,X'0100');
INSERT INTO tag_fts_docsize VALUES(13,X'0100');
INSERT INTO tag_fts_docsize VALUES(14,X'0100');
INSERT INTO tag_fts_docsize VALUES(15,X'0100');
INSERT INTO tag_fts_docsize VALUES(16,X'0100');
INSERT INTO tag_fts_docsize VALUES(17,X'0100');
INSERT INTO tag_fts_docsize VALUES(18,X'0100');
INSERT INTO tag_fts_docsize VALUES(19,X'0100');
INSERT INTO tag_fts_docsize VALUES(20,X'0100');
INSERT INTO tag_fts_docsize VALUES(21,X'0400');
INSERT INTO tag_fts_docsize VALUES(22,X'0400');
INSERT INTO tag_fts_docsize VALUES(23,X'0400');
INSERT INTO tag_fts_docsize VALUES(24,X'0400');
INSERT INTO tag_fts_docsize VALUES(25,X'0400');
INSERT INTO tag_fts_docsize VALUES(26,X'0200');
INSERT INTO tag_fts_docsize VALUES(27,X'0200');
INSERT INTO tag_fts_docsize VALUES(28,X'0200');
INSERT INTO tag_fts_docsize VALUES(29,X'0200');
INSERT INTO tag_fts_docsize VALUES(30,X'0300');
INSERT INTO tag_fts_docsize VALUES(31,X'0400');
INSERT INTO tag_fts_docsize VALUES(32,X'0500');
INSERT INTO tag_fts_docsize VALUES(33,X'0200');
INSERT INTO tag_fts_docsize VALUES(34,X'0200');
INSERT INTO tag_fts_docsize VALUES(35,X'0200');
INSERT INTO tag_fts_docsize VALUES(36,X'0200');
INSERT INTO tag_fts_docsize VALUES(37,X'0300');
INSERT INTO tag_fts_docsize VALUES(38,X'0500');
INSERT INTO tag_fts_docsize VALUES(39,X'0200');
INSERT INTO tag_fts_docsize VALUES(40,X'0200');
INSERT INTO tag_fts_docsize VALUES(41,X'0100');
INSERT INTO tag_fts_docsize VALUES(42,X'0300');
INSERT INTO tag_fts_docsize VALUES(43,X'0300');
INSERT INTO tag_fts_docsize VALUES(44,X'0100');
INSERT INTO tag_fts_docsize VALUES(45,X'0300');
INSERT INTO tag_fts_docsize VALUES(46,X'0400');
INSERT INTO tag_fts_docsize VALUES(47,X'0100');
INSERT INTO tag_fts_docsize VALUES(48,X'0400');
INSERT INTO tag_fts_docsize VALUES(49,X'0400');
INSERT INTO tag_fts_docsize VALUES(50,X'0100');
INSERT INTO tag_fts_docsize VALUES(51,X'0200');
INSERT INTO tag_fts_docsize VALUES(52,X'0500');
CREATE TABLE IF NOT EXISTS 'tag_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO tag_fts_config VALUES('version',4);
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('customers', 'interactions', 'orders')),
    source      TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    reverted_at TEXT
);
INSERT INTO imports VALUES(1,'customers','customers.csv',3,'2026-12-03T12:03:15+00:00',NULL);
INSERT INTO imports VALUES(2,'orders','orders.csv',2,'2026-12-03T12:03:15+00:00',NULL);
CREATE TABLE rates (
    currency   TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    valid_from TEXT NOT NULL DEFAULT '0001-01-01',
    rate       TEXT NOT NULL CHECK (CAST(rate AS REAL) > 0),
    PRIMARY KEY (currency, valid_from)
) WITHOUT ROWID;
INSERT INTO rates VALUES('EUR','0001-01-01','7.8');
INSERT INTO rates VALUES('GBP','0001-01-01','9.1');
INSERT INTO rates VALUES('USD','0001-01-01','7.1');
INSERT INTO rates VALUES('USD','2026-01-01','7.1');
CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title         TEXT,
    phone         TEXT,
    phone_e164    TEXT,
    phone_invalid INTEGER NOT NULL DEFAULT 0 CHECK (phone_invalid IN (0, 1)),
    email         TEXT,
    im            TEXT,
    notes         TEXT,
    is_primary    INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    left_at       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    deleted_at    TEXT,
    import_id     INTEGER REFERENCES imports(id)
);
INSERT INTO contacts VALUES(1,1,'鹿想','总经理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2025-09-30T08:20:00+00:00','2026-10-30T05:45:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(2,2,'Tony Hamilton','Head of Engineering',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2026-09-24T17:20:00+00:00','2026-10-14T17:30:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(3,3,'蔡秀兰','财务经理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2024-01-12T03:45:00+00:00','2025-06-14T09:35:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(4,3,'江艳','财务经理','15249317021','+8615249317021',0,'jiangyan@xinhong.cn',NULL,NULL,0,NULL,'2024-01-12T03:45:00+00:00','2025-06-14T09:35:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(5,4,'萧强','采购专员',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2023-12-08T08:25:00+00:00','2026-02-15T02:40:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(6,4,'朱婷婷','运营总监','18080032498','+8618080032498',0,'zhutingting@honghong.com','wxid_tingting2122',NULL,0,NULL,'2023-12-08T08:25:00+00:00','2026-02-15T02:40:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(7,5,'王海燕','设备部经理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2024-01-27T04:10:00+00:00','2026-06-08T09:30:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(8,6,'Elizabeth Larsen','Head of Engineering',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2024-07-28T17:20:00+00:00','2025-08-08T15:40:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(9,7,'李勇','采购经理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2024-03-25T01:20:00+00:00','2024-12-13T09:00:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(10,8,'何凤兰',NULL,NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2024-09-25T08:00:00+00:00','2025-06-16T03:45:00+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(11,9,'陳志明','採購經理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(12,10,'张伟','采购经理',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(13,11,'刘洋',NULL,NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(14,12,'Margaret Peacock','Purchasing Manager',NULL,NULL,0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',2,NULL,NULL);
INSERT INTO contacts VALUES(15,10,'王强','财务总监','13912345678','+8613912345678',0,'wangqiang@tengfei.cn',NULL,NULL,0,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,NULL);
INSERT INTO contacts VALUES(16,10,'赵敏','前台',NULL,NULL,0,NULL,NULL,NULL,0,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',2,'2026-12-03T12:03:15+00:00',NULL);
INSERT INTO contacts VALUES(17,14,'Maggie Peacock',NULL,NULL,NULL,0,NULL,NULL,NULL,0,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',2,'2026-12-03T12:03:15+00:00',NULL);
INSERT INTO contacts VALUES(18,15,'陳美玲','業務經理','+886 2 2345 6789','+886223456789',0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,1);
INSERT INTO contacts VALUES(19,16,'王芳','总经理','0571-8765 4321','+8657187654321',0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,1);
INSERT INTO contacts VALUES(20,17,'Jürgen Groß','Einkaufsleiter','+49 89 1234567','+49891234567',0,NULL,NULL,NULL,1,NULL,'2026-12-03T12:03:15+00:00','2026-12-03T12:03:15+00:00',1,NULL,1);
CREATE TABLE book_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL
);
INSERT INTO book_changes VALUES(1,625);
CREATE TABLE score_cache (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    as_of TEXT NOT NULL,
    settings TEXT NOT NULL,
    changes INTEGER NOT NULL,
    scored_at TEXT NOT NULL,
    meta TEXT NOT NULL,
    frame BLOB NOT NULL
);
INSERT INTO score_cache VALUES(1,1,'2026-12-03',replace('{\n  "version": 1,\n  "window_days": 300,\n  "recency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "frequency": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "monetary": {\n    "method": "quintile",\n    "bands": [],\n    "otherwise": 1\n  },\n  "dimensions": {\n    "current_value": {\n      "weight": 40.0,\n      "inputs": {\n        "recency": 30.0,\n        "frequency": 30.0,\n        "monetary": 40.0\n      }\n    },\n    "growth_potential": {\n      "weight": 30.0,\n      "inputs": {\n        "growth_rating": 50.0,\n        "need_match": 25.0,\n        "spend_trend": 25.0\n      }\n    },\n    "relationship_stability": {\n      "weight": 20.0,\n      "inputs": {\n        "tenure": 40.0,\n        "regularity": 30.0,\n        "sentiment": 30.0\n      }\n    },\n    "strategic_importance": {\n      "weight": 10.0,\n      "inputs": {\n        "strategic_rating": 100.0\n      }\n    }\n  },\n  "tiers": {\n    "strategic": 90.0,\n    "core": 70.0,\n    "potential": 50.0\n  },\n  "priority": {\n    "Strategic": {\n      "normal": "S",\n      "churn": "S"\n    },\n    "Core": {\n      "normal": "A",\n      "churn": "S"\n    },\n    "Potential": {\n      "normal": "B",\n      "churn": "A"\n    },\n    "Basic": {\n      "normal": "C",\n      "churn": "C"\n    }\n  },\n  "neutral": 50.0,\n  "new_days": 90,\n  "tenure_cap_years": 5.0,\n  "trend_cap_pct": 100.0,\n  "churn": {\n    "min_order_days": 3,\n    "gap_multiplier": 2.0,\n    "min_extra_days": 30,\n    "negatives": 2,\n    "of_last": 3\n  },\n  "sentiment": {\n    "window_days": 90,\n    "half_life_days": 30.0\n  },\n  "segments": "standard"\n}','\n',char(10)),625,'2026-12-03T12:03:15+00:00','{"n": 15, "medians": {"recency_days": 49.0, "frequency": 2.0, "monetary_minor": 4266175.0}}',X'ffffffff283800001000000000000a000e000600050008000a000000000104001000000000000a000c000000040008000a0000009826000004000000010000000c00000008000c0004000800080000007026000004000000602600007b22696e6465785f636f6c756d6e73223a205b22637573746f6d65725f6964225d2c2022636f6c756d6e5f696e6465786573223a205b7b226e616d65223a206e756c6c2c20226669656c645f6e616d65223a206e756c6c2c202270616e6461735f74797065223a2022756e69636f6465222c20226e756d70795f74797065223a20226f626a656374222c20226d65746164617461223a207b22656e636f64696e67223a20225554462d38227d7d5d2c2022636f6c756d6e73223a205b7b226e616d65223a2022726563656e63795f64617973222c20226669656c645f6e616d65223a2022726563656e63795f64617973222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226672657175656e6379222c20226669656c645f6e616d65223a20226672657175656e6379222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226d6f6e65746172795f6d696e6f72222c20226669656c645f6e616d65223a20226d6f6e65746172795f6d696e6f72222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022725f73636f7265222c20226669656c645f6e616d65223a2022725f73636f7265222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022665f73636f7265222c20226669656c645f6e616d65223a2022665f73636f7265222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226d5f73636f7265222c20226669656c645f6e616d65223a20226d5f73636f7265222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202272666d5f63656c6c222c20226669656c645f6e616d65223a202272666d5f63656c6c222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a203132352c20226f726465726564223a2066616c73657d7d2c207b226e616d65223a20227365676d656e74222c20226669656c645f6e616d65223a20227365676d656e74222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a2031302c20226f726465726564223a2066616c73657d7d2c207b226e616d65223a20227365676d656e745f6c6162656c222c20226669656c645f6e616d65223a20227365676d656e745f6c6162656c222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a2031302c20226f726465726564223a2066616c73657d7d2c207b226e616d65223a202267726f7570222c20226669656c645f6e616d65223a202267726f7570222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a20362c20226f726465726564223a2066616c73657d7d2c207b226e616d65223a202267726f75705f6c6162656c222c20226669656c645f6e616d65223a202267726f75705f6c6162656c222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a20362c20226f726465726564223a2066616c73657d7d2c207b226e616d65223a202273636f7265222c20226669656c645f6e616d65223a202273636f7265222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202274696572222c20226669656c645f6e616d65223a202274696572222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a20342c20226f726465726564223a20747275657d7d2c207b226e616d65223a20227072696f72697479222c20226669656c645f6e616d65223a20227072696f72697479222c202270616e6461735f74797065223a202263617465676f726963616c222c20226e756d70795f74797065223a2022696e7438222c20226d65746164617461223a207b226e756d5f63617465676f72696573223a20342c20226f726465726564223a20747275657d7d2c207b226e616d65223a202272616e6b222c20226669656c645f6e616d65223a202272616e6b222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022636875726e222c20226669656c645f6e616d65223a2022636875726e222c202270616e6461735f74797065223a2022626f6f6c222c20226e756d70795f74797065223a2022626f6f6c222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022636875726e5f726561736f6e222c20226669656c645f6e616d65223a2022636875726e5f726561736f6e222c202270616e6461735f74797065223a2022756e69636f6465222c20226e756d70795f74797065223a2022737472696e67222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202264696d5f63757272656e745f76616c7565222c20226669656c645f6e616d65223a202264696d5f63757272656e745f76616c7565222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202264696d5f67726f7774685f706f74656e7469616c222c20226669656c645f6e616d65223a202264696d5f67726f7774685f706f74656e7469616c222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202264696d5f72656c6174696f6e736869705f73746162696c697479222c20226669656c645f6e616d65223a202264696d5f72656c6174696f6e736869705f73746162696c697479222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202264696d5f7374726174656769635f696d706f7274616e6365222c20226669656c645f6e616d65223a202264696d5f7374726174656769635f696d706f7274616e6365222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f726563656e6379222c20226669656c645f6e616d65223a20227074735f726563656e6379222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f6672657175656e6379222c20226669656c645f6e616d65223a20227074735f6672657175656e6379222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f6d6f6e6574617279222c20226669656c645f6e616d65223a20227074735f6d6f6e6574617279222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f6d617267696e222c20226669656c645f6e616d65223a20227074735f6d617267696e222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f67726f7774685f726174696e67222c20226669656c645f6e616d65223a20227074735f67726f7774685f726174696e67222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f6e6565645f6d61746368222c20226669656c645f6e616d65223a20227074735f6e6565645f6d61746368222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f77696e5f6c696b656c69686f6f64222c20226669656c645f6e616d65223a20227074735f77696e5f6c696b656c69686f6f64222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f7370656e645f7472656e64222c20226669656c645f6e616d65223a20227074735f7370656e645f7472656e64222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f74656e757265222c20226669656c645f6e616d65223a20227074735f74656e757265222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f726567756c6172697479222c20226669656c645f6e616d65223a20227074735f726567756c6172697479222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f73656e74696d656e74222c20226669656c645f6e616d65223a20227074735f73656e74696d656e74222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f7374726174656769635f726174696e67222c20226669656c645f6e616d65223a20227074735f7374726174656769635f726174696e67222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227074735f7061796d656e74222c20226669656c645f6e616d65223a20227074735f7061796d656e74222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f726563656e6379222c20226669656c645f6e616d65223a2022696e5f726563656e6379222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f6672657175656e6379222c20226669656c645f6e616d65223a2022696e5f6672657175656e6379222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f6d6f6e6574617279222c20226669656c645f6e616d65223a2022696e5f6d6f6e6574617279222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f6d617267696e222c20226669656c645f6e616d65223a2022696e5f6d617267696e222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f67726f7774685f726174696e67222c20226669656c645f6e616d65223a2022696e5f67726f7774685f726174696e67222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f6e6565645f6d61746368222c20226669656c645f6e616d65223a2022696e5f6e6565645f6d61746368222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f77696e5f6c696b656c69686f6f64222c20226669656c645f6e616d65223a2022696e5f77696e5f6c696b656c69686f6f64222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f7370656e645f7472656e64222c20226669656c645f6e616d65223a2022696e5f7370656e645f7472656e64222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f74656e757265222c20226669656c645f6e616d65223a2022696e5f74656e757265222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f726567756c6172697479222c20226669656c645f6e616d65223a2022696e5f726567756c6172697479222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f73656e74696d656e74222c20226669656c645f6e616d65223a2022696e5f73656e74696d656e74222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f7374726174656769635f726174696e67222c20226669656c645f6e616d65223a2022696e5f7374726174656769635f726174696e67222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022696e5f7061796d656e74222c20226669656c645f6e616d65223a2022696e5f7061796d656e74222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202266697273745f6f72646572222c20226669656c645f6e616d65223a202266697273745f6f72646572222c202270616e6461735f74797065223a20226461746574696d65222c20226e756d70795f74797065223a20226461746574696d6536345b735d222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226c6173745f6f72646572222c20226669656c645f6e616d65223a20226c6173745f6f72646572222c202270616e6461735f74797065223a20226461746574696d65222c20226e756d70795f74797065223a20226461746574696d6536345b735d222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226f726465725f636f756e745f746f74616c222c20226669656c645f6e616d65223a20226f726465725f636f756e745f746f74616c222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226f726465725f646179735f746f74616c222c20226669656c645f6e616d65223a20226f726465725f646179735f746f74616c222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226d656469616e5f6761705f64617973222c20226669656c645f6e616d65223a20226d656469616e5f6761705f64617973222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226761705f6376222c20226669656c645f6e616d65223a20226761705f6376222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022616d6f756e745f726563656e745f6d696e6f72222c20226669656c645f6e616d65223a2022616d6f756e745f726563656e745f6d696e6f72222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022616d6f756e745f7072696f725f6d696e6f72222c20226669656c645f6e616d65223a2022616d6f756e745f7072696f725f6d696e6f72222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227370656e645f7472656e645f706374222c20226669656c645f6e616d65223a20227370656e645f7472656e645f706374222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202274656e7572655f7965617273222c20226669656c645f6e616d65223a202274656e7572655f7965617273222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226d617267696e5f77696e646f775f6d696e6f72222c20226669656c645f6e616d65223a20226d617267696e5f77696e646f775f6d696e6f72222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226d617267696e5f73636f7265222c20226669656c645f6e616d65223a20226d617267696e5f73636f7265222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202267726f7774685f706f74656e7469616c222c20226669656c645f6e616d65223a202267726f7774685f706f74656e7469616c222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226e6565645f6d61746368222c20226669656c645f6e616d65223a20226e6565645f6d61746368222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202277696e5f6c696b656c69686f6f64222c20226669656c645f6e616d65223a202277696e5f6c696b656c69686f6f64222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022737472617465676963222c20226669656c645f6e616d65223a2022737472617465676963222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022496e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226c6173745f636f6e74616374222c20226669656c645f6e616d65223a20226c6173745f636f6e74616374222c202270616e6461735f74797065223a20226461746574696d65222c20226e756d70795f74797065223a20226461746574696d6536345b735d222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022636f6e74616374735f77696e646f77222c20226669656c645f6e616d65223a2022636f6e74616374735f77696e646f77222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202273656e74696d656e745f6e222c20226669656c645f6e616d65223a202273656e74696d656e745f6e222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a202273656e74696d656e745f73636f7265222c20226669656c645f6e616d65223a202273656e74696d656e745f73636f7265222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022726563656e745f7261746564222c20226669656c645f6e616d65223a2022726563656e745f7261746564222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022726563656e745f6e6567617469766573222c20226669656c645f6e616d65223a2022726563656e745f6e6567617469766573222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20226e6578745f616374696f6e5f647565222c20226669656c645f6e616d65223a20226e6578745f616374696f6e5f647565222c202270616e6461735f74797065223a20226461746574696d65222c20226e756d70795f74797065223a20226461746574696d6536345b735d222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227061796d656e745f6475655f6e222c20226669656c645f6e616d65223a20227061796d656e745f6475655f6e222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227061796d656e745f6f6e5f74696d655f6e222c20226669656c645f6e616d65223a20227061796d656e745f6f6e5f74696d655f6e222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a20227061796d656e745f646179735f6c617465222c20226669656c645f6e616d65223a20227061796d656e745f646179735f6c617465222c202270616e6461735f74797065223a2022666c6f61743634222c20226e756d70795f74797065223a2022666c6f61743634222c20226d65746164617461223a206e756c6c7d2c207b226e616d65223a2022637573746f6d65725f6964222c20226669656c645f6e616d65223a2022637573746f6d65725f6964222c202270616e6461735f74797065223a2022696e743634222c20226e756d70795f74797065223a2022696e743634222c20226d65746164617461223a206e756c6c7d5d2c202261747472696275746573223a207b7d2c202263726561746f72223a207b226c696272617279223a202270796172726f77222c202276657273696f6e223a202232362e302e31227d2c202270616e6461735f76657273696f6e223a2022322e332e33227d000000000600000070616e64617300004a00000020110000d81000009c100000681000003410000000100000ac0f0000440f0000e80e00009c0e00004c0e0000180e0000bc0d0000640d0000300d0000040d0000d00c0000940c0000540c0000100c0000cc0b0000980b0000600b0000280b0000f40a0000b80a0000800a0000440a00000c0a0000d8090000a00900006809000028090000f4080000c0080000880800005408000020080000e4070000ac070000700700003807000004070000cc060000940600005806000024060000f4050000c405000084050000440500000c050000dc0400009c0400005c04000024040000ec030000ac0300007003000030030000f8020000bc020000840200005002000014020000dc010000a40100006801000028010000f4000000b8000000780000003c0000000400000018f0ffff00000102100000001c00000004000000000000000b000000637573746f6d65725f69640004f0ffff00000001400000004cf0ffff0000010310000000240000000400000000000000110000007061796d656e745f646179735f6c61746500000026f3ffff0000020084f0ffff0000010210000000240000000400000000000000110000007061796d656e745f6f6e5f74696d655f6e00000078f0ffff0000000140000000c0f0ffff00000102100000002000000004000000000000000d0000007061796d656e745f6475655f6e000000b0f0ffff0000000140000000f8f0ffff0000010a100000002000000004000000000000000f0000006e6578745f616374696f6e5f6475650028f2ffff28f1ffff000001021000000024000000040000000000000010000000726563656e745f6e6567617469766573000000001cf1ffff000000014000000064f1ffff00000102100000002000000004000000000000000c000000726563656e745f72617465640000000054f1ffff00000001400000009cf1ffff00000103100000002000000004000000000000000f00000073656e74696d656e745f73636f72650072f4ffff00000200d0f1ffff00000102100000001c00000004000000000000000b00000073656e74696d656e745f6e00bcf1ffff000000014000000004f2ffff00000102100000002000000004000000000000000f000000636f6e74616374735f77696e646f7700f4f1ffff00000001400000003cf2ffff0000010a100000002000000004000000000000000c0000006c6173745f636f6e74616374000000006cf3ffff6cf2ffff00000102100000001c00000004000000000000000900000073747261746567696300000058f2ffff0000000140000000a0f2ffff00000102100000002000000004000000000000000e00000077696e5f6c696b656c69686f6f64000090f2ffff0000000140000000d8f2ffff00000102100000001c00000004000000000000000a0000006e6565645f6d617463680000c4f2ffff00000001400000000cf3ffff00000102100000002400000004000000000000001000000067726f7774685f706f74656e7469616c0000000000f3ffff000000014000000048f3ffff00000102100000002000000004000000000000000c0000006d617267696e5f73636f72650000000038f3ffff000000014000000080f3ffff0000010210000000240000000400000000000000130000006d617267696e5f77696e646f775f6d696e6f720074f3ffff0000000140000000bcf3ffff00000103100000002000000004000000000000000c00000074656e7572655f79656172730000000092f6ffff00000200f0f3ffff00000103100000002000000004000000000000000f0000007370656e645f7472656e645f70637400c6f6ffff0000020024f4ffff000001021000000024000000040000000000000012000000616d6f756e745f7072696f725f6d696e6f72000018f4ffff000000014000000060f4ffff000001021000000024000000040000000000000013000000616d6f756e745f726563656e745f6d696e6f720054f4ffff00000001400000009cf4ffff0000010310000000180000000400000000000000060000006761705f637600006af7ffff00000200c8f4ffff00000103100000002000000004000000000000000f0000006d656469616e5f6761705f64617973009ef7ffff00000200fcf4ffff0000010210000000240000000400000000000000100000006f726465725f646179735f746f74616c00000000f0f4ffff000000014000000038f5ffff0000010210000000240000000400000000000000110000006f726465725f636f756e745f746f74616c0000002cf5ffff000000014000000074f5ffff0000010a100000001c00000004000000000000000a0000006c6173745f6f726465720000a0f6ffffa0f5ffff0000010a100000001c00000004000000000000000b00000066697273745f6f7264657200ccf6ffffccf5ffff00000103100000001c00000004000000000000000a000000696e5f7061796d656e7400009ef8ffff00000200fcf5ffff000001031000000024000000040000000000000013000000696e5f7374726174656769635f726174696e6700d6f8ffff0000020034f6ffff00000103100000002000000004000000000000000c000000696e5f73656e74696d656e74000000000af9ffff0000020068f6ffff00000103100000002000000004000000000000000d000000696e5f726567756c61726974790000003ef9ffff000002009cf6ffff00000103100000001c000000040000000000000009000000696e5f74656e7572650000006ef9ffff00000200ccf6ffff00000103100000002000000004000000000000000e000000696e5f7370656e645f7472656e640000a2f9ffff0000020000f7ffff000001031000000024000000040000000000000011000000696e5f77696e5f6c696b656c69686f6f64000000daf9ffff0000020038f7ffff00000103100000002000000004000000000000000d000000696e5f6e6565645f6d617463680000000efaffff000002006cf7ffff000001031000000024000000040000000000000010000000696e5f67726f7774685f726174696e670000000046faffff00000200a4f7ffff00000103100000001c000000040000000000000009000000696e5f6d617267696e00000076faffff00000200d4f7ffff00000103100000001c00000004000000000000000b000000696e5f6d6f6e657461727900a6faffff0000020004f8ffff00000103100000002000000004000000000000000c000000696e5f6672657175656e637900000000dafaffff0000020038f8ffff00000103100000001c00000004000000000000000a000000696e5f726563656e637900000afbffff0000020068f8ffff00000103100000001c00000004000000000000000b0000007074735f7061796d656e74003afbffff0000020098f8ffff0000010310000000280000000400000000000000140000007074735f7374726174656769635f726174696e670000000076fbffff00000200d4f8ffff00000103100000002000000004000000000000000d0000007074735f73656e74696d656e74000000aafbffff0000020008f9ffff00000103100000002000000004000000000000000e0000007074735f726567756c61726974790000defbffff000002003cf9ffff00000103100000001c00000004000000000000000a0000007074735f74656e75726500000efcffff000002006cf9ffff00000103100000002000000004000000000000000f0000007074735f7370656e645f7472656e640042fcffff00000200a0f9ffff0000010310000000240000000400000000000000120000007074735f77696e5f6c696b656c69686f6f6400007afcffff00000200d8f9ffff00000103100000002000000004000000000000000e0000007074735f6e6565645f6d617463680000aefcffff000002000cfaffff0000010310000000240000000400000000000000110000007074735f67726f7774685f726174696e67000000e6fcffff0000020044faffff00000103100000001c00000004000000000000000a0000007074735f6d617267696e000016fdffff0000020074faffff00000103100000002000000004000000000000000c0000007074735f6d6f6e6574617279000000004afdffff00000200a8faffff00000103100000002000000004000000000000000d0000007074735f6672657175656e63790000007efdffff00000200dcfaffff00000103100000001c00000004000000000000000b0000007074735f726563656e637900aefdffff000002000cfbffff00000103100000002c00000004000000000000001800000064696d5f7374726174656769635f696d706f7274616e636500000000eefdffff000002004cfbffff00000103100000002c00000004000000000000001a00000064696d5f72656c6174696f6e736869705f73746162696c69747900002efeffff000002008cfbffff00000103100000002800000004000000000000001400000064696d5f67726f7774685f706f74656e7469616c000000006afeffff00000200c8fbffff00000103100000002400000004000000000000001100000064696d5f63757272656e745f76616c7565000000a2feffff0000020000fcffff00000105100000002000000004000000000000000c000000636875726e5f726561736f6e0000000030fdffff30fcffff000001061000000018000000040000000000000005000000636875726e00000058fdffff58fcffff00000102100000001800000004000000000000000400000072616e6b0000000040fcffff0000000140000000e4fdffff0000010514000000440000001c0000000400000000000000080000007072696f7269747900000000b2ffffff000000011000000006000000000000000000000090fcffff0000000108000000dcfdffff38feffff000001051400000048000000200000000400000000000000040000007469657200000a0018000c00080007000a0000000000000110000000050000000000000000000000e8fcffff000000010800000034feffff34fdffff00000103100000001c00000004000000000000000500000073636f7265000600080006000600000000000200c0feffff00000105140000003c0000001c00000004000000000000000b00000067726f75705f6c6162656c0068ffffff0c000000040000000000000064fdffff0000000108000000b0feffff0cffffff0000010514000000380000001800000004000000000000000500000067726f7570000000b0ffffff0c0000000300000000000000acfdffff0000000108000000f8feffff54ffffff0000010514000000480000002800000004000000000000000d0000007365676d656e745f6c6162656c0000000800100008000400080000000c000000020000000000000004feffff000000010800000050ffffffacffffff000001051400000044000000200000000400000000000000070000007365676d656e74000800140008000400080000001000000001000000000000000000000058feffff0000000108000000a4ffffff100018000800060007000c0010001400100000000000010514000000400000002400000004000000000000000800000072666d5f63656c6c0000000008000800000004000800000004000000b4feffff0000000108000000040004000400000004ffffff0000010210000000180000000400000000000000070000006d5f73636f726500ecfeffff000000014000000034ffffff000001021000000018000000040000000000000007000000665f73636f7265001cffffff000000014000000064ffffff000001021000000018000000040000000000000007000000725f73636f7265004cffffff000000014000000094ffffff00000102100000002000000004000000000000000e0000006d6f6e65746172795f6d696e6f72000084ffffff0000000140000000ccffffff00000102100000001c0000000400000000000000090000006672657175656e6379000000b8ffffff0000000140000000100014000800060007000c00000010001000000000000102100000002800000004000000000000000c000000726563656e63795f646179730000000008000c0008000700080000000000000140000000ffffffffc000000014000000000000000c0018000600050008000c000c0000000002040018000000b80100000000000000000000080008000000040008000000100000000c001e001000040008000c000c0000006000000024000000180000007d00000000000000000000000000060008000700060000000000000103000000000000000000000000000000000000000000000000000000150100000000000018010000000000009e0000000000000000000000010000007d000000000000000000000000000000f80100000000000028b52ffd60f8001d080086df3f3900b11b639822fb18aa8aec63a82ab28fa1aac83e86aa22fb18aa8aecd65c2b0d01cadd997b06287767ee19a0dc9db967807277e69e011199022b002f003100b58e75ab535dea50773ad3958e74a3135de840f739cf758e739bd35ce6307739cb558e7293935ce420f7f817f11007f10ff7f00ee7f00dd7f00cc7f00bb7f00aa7f00997f00887f00777f0066770054770032770010770af731d6b792b2fe59dbc9237f242dec7eb788ee3f88ddb788dd3f88ccb788cc3f88bbb788bb3f88aab788aa3f8899b788993f8886fc14bf00ebc026fc00bf0be5ed7db7a59efea55bda917f59e5ed35b7a49efe815bda117f47e5ecfdb7939efe6d5bc9917f35e0e00000000770100000000000028b52ffd60770065040056541c06e0399b8df3011800180019009a6512d2c9540a021a894239dce77531d8a66529d46555018dbeed3a11f1682c06020e85c12cf675db287455d324f2028a4402c2c15048463e9bcbc1c06371388ffffd3e0edff53c0149909c24499224964a020407060501000c080464603c1c8d0888450a04025485892383f121143b9631a209d78e6eec0cc39a020000ffffffffc800000014000000000000000c0014000600050008000c000c000000000204001400000098000000000000000800140008000400080000001c0000000100000000000000000000000c001e001000040008000c000c0000006000000024000000180000000a000000000000000000000000000600080007000600000000000001030000000000000000000000000000000000000000000000000000003d000000000000004000000000000000550000000000000000000000010000000a0000000000000000000000000000002c0000000000000028b52ffd202c61010000000000080000000b000000140000001900000022000000290000003b000000440000004f00000053000000000000530000000000000028b52ffd2053250200e2c40e12c015dac6b2c896491a4f242949feffffbf014fabe17e8c0428196eb618deb3a1a637dd2e90c5f0a1b40af7889a8155da7a658810902fe8d2f002010023040505000000ffffffffc800000014000000000000000c0014000600050008000c000c000000000204001400000010010000000000000800140008000400080000001c0000000200000000000000000000000c001e001000040008000c000c0000006000000024000000180000000a000000000000000000000000000600080007000600000000000001030000000000000000000000000000000000000000000000000000003d000000000000004000000000000000cb0000000000000000000000010000000a0000000000000000000000000000002c0000000000000028b52ffd202c6101000000000018000000250000003b0000004d000000640000007800000097000000ad000000c5000000d6000000000000d60000000000000028b52ffd20d6d50500f40950726f737065637420e69caae68890e4baa4e5aea2e688b74e657720e696b04368616d70696f6e7320e586a0e5869b4c6f79616c20e5bfa0e8af9a43616e2774206c6f736520e4b88de883bde6b581e5a4b14174207269736b20e9a38ee999a9506f74656e7469616c206c6f79616c69737420e6bd9ce58a9b50726f6d6973696e6720e69c89e69c48696265726e6174b289e79da14c6f7374e5aea2e688b7090061c8048cdeb95c8db93ee1918f3972cd41e51c6018661e0000000000ffffffffc800000014000000000000000c0014000600050008000c000c000000000204001400000078000000000000000800140008000400080000001c0000000300000000000000000000000c001e001000040008000c000c00000060000000240000001800000006000000000000000000000000000600080007000600000000000001030000000000000000000000000000000000000000000000000000002d00000000000000300000000000000042000000000000000000000001000000060000000000000000000000000000001c0000000000000028b52ffd201ce10000000000000a0000001300000016000000200000002900000031000000000000310000000000000028b52ffd2031890100686967685f76616c7565706f74656e7469616c6e6577636875726e5f7269736b6c6f775f76616c756570726f7370656374000000000000ffffffffc800000014000000000000000c0014000600050008000c000c0000000002040014000000b0000000000000000800140008000400080000001c0000000400000000000000000000000c001e001000040008000c000c00000060000000240000001800000006000000000000000000000000000600080007000600000000000001030000000000000000000000000000000000000000000000000000002d0000000000000030000000000000007a000000000000000000000001000000060000000000000000000000000000001c0000000000000028b52ffd201ce1000000000000140000002400000031000000480000005b0000006d0000000000006d0000000000000028b52ffd206d4d0300f405486967682076616c756520e9ab98e4bbb7e580bc506f74656e7469616c20e6bd9ce58a9b4e657720e696b0e5aea2e688b7436875726e207269736b20e6b581e5a4b1e9a38ee999a94c6f77e4bd8e726f737065637420e69caae68890e4baa40200906751b26006000000000000ffffffffc800000014000000000000000c0014000600050008000c000c000000000204001400000058000000000000000800140008000400080000001c0000000500000000000000000000000c001e001000040008000c000c0000006000000024000000180000000400000000000000000000000000060008000700060000000000000103000000000000000000000000000000000000000000000000000000250000000000000028000000000000002c00000000000000000000000100000004000000000000000000000000000000140000000000000028b52ffd2014a1000000000000050000000e000000120000001b0000000000001b0000000000000028b52ffd201bd900004261736963506f74656e7469616c436f726553747261746567696300000000ffffffffc800000014000000000000000c0014000600050008000c000c000000000204001400000040000000000000000800140008000400080000001c0000000600000000000000000000000c001e001000040008000c000c0000006000000024000000180000000400000000000000000000000000060008000700060000000000000103000000000000000000000000000000000000000000000000000000250000000000000028000000000000001500000000000000000000000100000004000000000000000000000000000000140000000000000028b52ffd2014a100000000000001000000020000000300000004000000000000040000000000000028b52ffd200421000043424153000000ffffffff600e000014000000000000000c0018000600050008000c000c000000000304001c0000003812000000000000000000000c001e001000040008000c000c0000008009000024000000180000000f000000000000000000000000000600080007000600000000000001950000000000000000000000130000000000000018000000000000003e000000000000005800000000000000000000000000000058000000000000002c000000000000008800000000000000000000000000000088000000000000004500000000000000d0000000000000000000000000000000d0000000000000003d000000000000001001000000000000000000000000000010010000000000003d000000000000005001000000000000000000000000000050010000000000003d000000000000009001000000000000000000000000000090010000000000002000000000000000b0010000000000000000000000000000b0010000000000002000000000000000d0010000000000000000000000000000d0010000000000002000000000000000f0010000000000000000000000000000f0010000000000002000000000000000100200000000000000000000000000001002000000000000200000000000000030020000000000000000000000000000300200000000000053000000000000008802000000000000000000000000000088020000000000002000000000000000a8020000000000000000000000000000a8020000000000002000000000000000c8020000000000000000000000000000c8020000000000003d000000000000000803000000000000000000000000000008030000000000001300000000000000200300000000000013000000000000003803000000000000230000000000000060030000000000005900000000000000c0030000000000000000000000000000c0030000000000003800000000000000f8030000000000000000000000000000f803000000000000460000000000000040040000000000000000000000000000400400000000000047000000000000008804000000000000000000000000000088040000000000003900000000000000c8040000000000000000000000000000c804000000000000320000000000000000050000000000000000000000000000000500000000000027000000000000002805000000000000000000000000000028050000000000002d0000000000000058050000000000000000000000000000580500000000000019000000000000007805000000000000000000000000000078050000000000003b00000000000000b8050000000000000000000000000000b8050000000000002e00000000000000e8050000000000000000000000000000e80500000000000019000000000000000806000000000000000000000000000008060000000000002f0000000000000038060000000000000000000000000000380600000000000047000000000000008006000000000000000000000000000080060000000000003900000000000000c0060000000000000000000000000000c0060000000000003800000000000000f8060000000000000000000000000000f8060000000000003900000000000000380700000000000000000000000000003807000000000000190000000000000058070000000000000000000000000000580700000000000036000000000000009007000000000000000000000000000090070000000000002700000000000000b8070000000000000000000000000000b8070000000000003000000000000000e8070000000000000000000000000000e80700000000000030000000000000001808000000000000000000000000000018080000000000003a000000000000005808000000000000000000000000000058080000000000002e000000000000008808000000000000000000000000000088080000000000002300000000000000b0080000000000000000000000000000b0080000000000003d00000000000000f0080000000000000000000000000000f0080000000000006a000000000000006009000000000000000000000000000060090000000000004a00000000000000b0090000000000000000000000000000b0090000000000003a00000000000000f0090000000000000000000000000000f0090000000000003a00000000000000300a0000000000000000000000000000300a0000000000005500000000000000880a0000000000001300000000000000a00a0000000000005300000000000000f80a0000000000001300000000000000100b0000000000005000000000000000600b0000000000000000000000000000600b0000000000003100000000000000980b0000000000000000000000000000980b0000000000003100000000000000d00b0000000000001300000000000000e80b0000000000004800000000000000300c0000000000001300000000000000480c0000000000005400000000000000a00c0000000000000000000000000000a00c0000000000003c00000000000000e00c0000000000000000000000000000e00c0000000000002900000000000000100d0000000000001300000000000000280d0000000000002a00000000000000580d0000000000001300000000000000700d0000000000006e00000000000000e00d0000000000001300000000000000f80d0000000000003300000000000000300e0000000000001300000000000000480e0000000000002400000000000000700e0000000000001300000000000000880e0000000000002700000000000000b00e0000000000001300000000000000c80e0000000000002700000000000000f00e0000000000001300000000000000080f0000000000002200000000000000300f0000000000001300000000000000480f0000000000002a00000000000000780f0000000000001300000000000000900f0000000000004a00000000000000e00f0000000000000000000000000000e00f0000000000002f000000000000001010000000000000000000000000000010100000000000002c000000000000004010000000000000130000000000000058100000000000004600000000000000a0100000000000000000000000000000a0100000000000002c00000000000000d0100000000000000000000000000000d0100000000000001d00000000000000f0100000000000001300000000000000081100000000000037000000000000004011000000000000000000000000000040110000000000002f00000000000000701100000000000000000000000000007011000000000000270000000000000098110000000000001300000000000000b0110000000000004700000000000000f8110000000000000000000000000000f8110000000000003d00000000000000000000004a0000000f0000000000000005000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f000000000000000c000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000005000000000000000f0000000000000005000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000005000000000000000f0000000000000009000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000007000000000000000f0000000000000005000000000000000f000000000000000a000000000000000f000000000000000a000000000000000f0000000000000009000000000000000f0000000000000009000000000000000f000000000000000c000000000000000f0000000000000009000000000000000f0000000000000005000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000007000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f000000000000000c000000000000000f0000000000000000000000000000000f0000000000000000000000000000000f0000000000000006000000000000000f000000000000000000000000000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd20786d0100a016000f002400200027003b003f00bd008b0100900b004181157781186060303018180c0c06060383810780050000780000000000000028b52ffd2078dd0000800b0005000200020002000200020002000850020093638c31c61000000000780000000000000028b52ffd2078a501002402c8f2d40100000000603b320000000000e00f973224f47eec4ec3576c004533b0c327070005070019e0066803c80037ae2d61000000780000000000000028b52ffd207865010044020500050004000500040004000300030003000200010001000100010001000000000000000e5402000301000000780000000000000028b52ffd207865010044020500050003000300030003000300030001000100010001000100010001000000000000000e5402000301000000780000000000000028b52ffd207865010044020500030005000500040004000400030001000100010001000100010001000000000000000e54020003010000000f0000000000000028b52ffd200f7900007c7a597258583f3e321900000000000f0000000000000028b52ffd200f7900000203010101030303070800000000000f0000000000000028b52ffd200f7900000203010101030303070800000000000f0000000000000028b52ffd200f7900000000020202000000010405050505050f0000000000000028b52ffd200f790000000002020200000001040505050505780000000000000028b52ffd2078150200a4023333333333335540cdcccccccc8c5240660650400050664f409a99999999994c40b347d941a64159193a090060e08a6300b7a1469b394daa3b678e00475a600900000000000f0000000000000028b52ffd200f7900000202010101010000000000000000000f0000000000000028b52ffd200f790000020201010101000000000000000000780000000000000028b52ffd207865010044020100020003000400050006000700080009000a000b000b000b000b000b000000000000000e5402000301000000020000000000000028b52ffd200211000040030000000000020000000000000028b52ffd200211000040030000000000400000000000000028b52ffd20409500004000002c59000000860300a0eace653668030000000000860000000000000028b52ffd20864502005403757375616c6c79206f726465727320657665727920313620646179733b2073696c656e74203633333933393536343030206461797306004016a814d0bc0690f1a90f9f763e0100000000000000780000000000000028b52ffd20783d010088000000000000444000403f413b383418080a00c001c8073203594076a0339005e45b49d60239780000000000000028b52ffd2078ad0100e8cdcccccccccc3a409a99999999993640324c3acc3240661e2a332e40330a00c0022083bb070a5b49816b041e0018ae4866b009060000780000000000000028b52ffd2078b50100e00000000000002a403328409a992240cdcc1840001c194066121626180b0060c8ca83a5dc6de5d88a1338313bf3821e60095844004700780000000000000028b52ffd2078450100880000000000001440001e1404141e4014140a006016d02f1870270a4000e40319035d56f2b6e00800000000000000780000000000000028b52ffd20780d01007000000000000028400022282218080800c001c80ed40c7401f940e615b2173802000000000000780000000000000028b52ffd2078b5000050000000000000284000180400830800f156285ce00800780000000000000028b52ffd2078e50000680000000000003040002030282006008308203b5033d065256f0b8e000000780000000000000028b52ffd2078450000100000010033055800000000000000780000000000000028b52ffd2078550100b00000000000002e409a99999999992640001e2e1e660e08002b01740a30730f77192802b25b69b605600000000000780000000000000028b52ffd2078ed0000780000000000001e40660efe3f16400e05006008803118902b8709400e0000780000000000000028b52ffd2078450000100000010033055800000000000000780000000000000028b52ffd2078f50000803333333333331140001e0000660e406605000100d0064e1856e2b6e00800780000000000000028b52ffd2078b50100f866666666666612409a9999999999114033d33f9a99c9d9f93f660240000c0d0900390733f9069c0cd7b2560241c6565a00235bb00400780000000000000028b52ffd2078450100a89a99999999991140001008000033d33f661240330808003064090f0019e006ae1dd06e25590be400000000000000780000000000000028b52ffd20783d0100b000000000000010409a99999999990d4000180840660e0600b0824045c0ccbab83b2b79b76009780000000000000028b52ffd2078450100880000000000001440001e1404141e4014140a006016d02f1870270a4000e40319035d56f2b6e00800000000000000780000000000000028b52ffd2078450000100000010033055800000000000000780000000000000028b52ffd20782d010090000000000000594000c0520059c0520049390800c001c82ea8319018600c06ae6468c1110000780000000000000028b52ffd2078b5000050000000000000594000490400830800f156285ce00800780000000000000028b52ffd2078fd0000780000000000005940004959c0520049060083084086818240b21527047004780000000000000028b52ffd2078fd0000780000000000005940003949c0520049060007270015038c60b095142d3802780000000000000028b52ffd20784d0100a0000000000000594000c0524000495949394939490900600870071c03ae807e20632b2d4093151c01000000000000780000000000000028b52ffd2078ed0000780000000000005940004939c05200490500606080110c8c2b4708e0080000780000000000000028b52ffd2078950000480000000000004940000200672501011c010000000000780000000000000028b52ffd2078650100c82d228ac91b6e4c4000594949494949494000000000000049400800200bc807320359b6ca078860256e0b8e000000780000000000000028b52ffd2078cd02001405f7915b936e054d40f58590f3fead4b40ba9f53909f4d1140efaa07cc434603406aa67b9dd4170840836e2f698c261440cf2edffab09634401074b4aa25253c408fc6a17e17d24540d2730b5d8930474000010091124401000000000000780000000000000028b52ffd2078cd0100b402603dee5bad225240444c89247ad1504000490000158e209562271640ec1681b1be3a5340fc5580ef36f751040060036dd58c95162fb004000000000000780000000000000028b52ffd20784d0100d8a2276552439d504022a81abd1a184f4000594940361fd7868a5d490500051240b93b09af24db0230000000000000780000000000000028b52ffd20784d010098000000000000494000c05240000049394949400900d0c91016d8d9011000fa05196766004d567004000000000000780000000000000028b52ffd2078250200b4020000000000405040bbd6dea7aa2a4d4000494940c05240005d6bef5355d55440bc5cc477622755494000490a0060039018349cea053b5d052e810b00e3cc8c3d0018000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd20781502007402003b9b650000000080d4db8aa86a0000000000afd6802ec8006797fd20690e6b68f5f5660ab4800b002b0152c4e532808657644c7503b40170803680401b8a170000000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd2078fd0100240200b0f36a0000000080eafc6a003be16a0081e68046dde8c2a2bd8517f007695901800c002b0152c4e54658193cd51d606030301818cc58390c8cb0c017780000000000000028b52ffd2078050100a02c000e000200020002000200040003000c000d000a5002001b3cc618638c2100000000000000780000000000000028b52ffd2078050100a02c000e000200020002000200040003000c000d000a5002001b3cc618638c2100000000000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd2078bd0100f80000000000003a40008053400080454000283080400030506480430042f87f0b000063e030c0180c0c060603c1602b294013b0640547020000000000000028b52ffd2002110000c3030000000000780000000000000028b52ffd20781d02003403d7a14b0fbf92d13f25e39380faf1d43f00f87f00318283ec1fcef43fd816070b4a3aee3f006870cc8b8bcd3f39a74dba0202d2050040808730fa8a03d046012c0100000000780000000000000028b52ffd20785d0100d0e886f9000000000030a322e00f973224f47eec4ec3576c004533070004128019e0066803c80037d6162f00000000780000000000000028b52ffd2078c5000080e06bdb000000000030980f00b0c3270002000112c9044900000000000000020000000000000028b52ffd2002110000ff000000000000780000000000000028b52ffd2078cd00006844c0dc2cde702b400059c0f87f040081886060ad8468c111000000000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd2078ed0200f404b8abfca68b3707404a957cf5cb240640bfe9e2cd65afcb3f6af70c9ed2d6be3fa21ac8a24346c33f1ed03f99d569948d78f03f751a65231e84f63fdef97695df740140d6cc13b33a8d024000f87f0004002b160019c4dd83b4b30c0000020000000000000028b52ffd20021100009b000000000000780000000000000028b52ffd2078150100c0582c440000000000a075080060182300f2b90d0008aa02000410009108119670490000000000020000000000000028b52ffd20021100009b000000000000780000000000000028b52ffd20789d000050050002000400030001000550020093d420b100000000020000000000000028b52ffd200211000093030000000000780000000000000028b52ffd2078b5000060050004000500020003000200065002001b3c286a0800020000000000000028b52ffd200211000053030000000000780000000000000028b52ffd2078b5000060050003000300030002000400065002001b4c96d51000020000000000000028b52ffd200211000050020000000000780000000000000028b52ffd20788d0000400000030003000300045002009b8a2c06000000000000020000000000000028b52ffd2002110000d2030000000000780000000000000028b52ffd2078cd0000700000040002000100020003000400075002001b3c06590d01000000000000020000000000000028b52ffd2002110000ff030000000000780000000000000028b52ffd2078cd0100f080a4f76a00000000808ce2d2e7000cd480bbef0051bc69d19587805ef2800c002b0152c4e532803680c09d15c0c56006b801da00026f285e000000000000780000000000000028b52ffd2078f5000090060002000100010006000100010002000100095002009b128f31c6180200780000000000000028b52ffd2078dd00008006000200010001000600010002000100085002009b1293788c2100000000020000000000000028b52ffd2002110000df020000000000780000000000000028b52ffd2078ad0100f89f54d152439d50409f4efbba1a184f40005940ff4840af0ff3838a5df87f490900c003200028d8596ee60880e09dc4c18d2d58020000780000000000000028b52ffd2078dd00008003000200010001000300010002000100085002009b1293788c2100000000780000000000000028b52ffd20786500002000000100020003262c022c000000020000000000000028b52ffd200211000034000000000000780000000000000028b52ffd20783501008800008000800025066b0080803002801a2708005c393015849c032b32665e027601832f800500780000000000000028b52ffd2078f500009028000c00010002000100040003000c000d00095002001b3cc618241e0200780000000000000028b52ffd2078b50000601a000700010003000a000b00065002001b4c96d51000020000000000000028b52ffd2002110000f7030000000000780000000000000028b52ffd2078b501002402b76ddbb66ddb2040cdcccccccccc2a400018f87f2240140040abaaaaaaaaea5bf87f0800004720c34c7d205f303018b8926c0bc000780000000000000028b52ffd20786501004402040005000a00090002000c0001000700080006000b000d000f00100011000000000000000e5402000301000000ffffffff00000000');
CREATE TABLE score_ranks (
    customer_id INTEGER PRIMARY KEY,
    rank INTEGER NOT NULL,
    score REAL,
    tier TEXT,
    priority TEXT,
    segment_label TEXT,
    rfm_cell TEXT,
    last_contact TEXT,
    next_action_due TEXT
);
INSERT INTO score_ranks VALUES(1,7,47.399999999999998579,'Basic','C','Loyal 忠诚客户','334','2026-10-16',NULL);
INSERT INTO score_ranks VALUES(2,5,62.799999999999997156,'Potential','B','New 新客户','434','2026-11-08','2026-11-22');
INSERT INTO score_ranks VALUES(4,1,84.799999999999997159,'Core','A','Champions 冠军客户','555','2026-11-14',NULL);
INSERT INTO score_ranks VALUES(5,2,74.200000000000002841,'Core','A','Loyal 忠诚客户','553','2026-10-29',NULL);
INSERT INTO score_ranks VALUES(6,10,34.700000000000002843,'Basic','C','Hibernating 沉睡客户','211','2026-11-10',NULL);
INSERT INTO score_ranks VALUES(7,8,35.700000000000002842,'Basic','C','Loyal 忠诚客户','333','2026-11-08',NULL);
INSERT INTO score_ranks VALUES(8,9,35.299999999999997156,'Basic','C','Promising 有望客户','311','2026-08-21',NULL);
INSERT INTO score_ranks VALUES(9,4,64.0,'Potential','B','New 新客户','535','2026-10-18',NULL);
INSERT INTO score_ranks VALUES(10,3,64.099999999999994317,'Potential','B','New 新客户','435','2026-11-02','2026-11-25');
INSERT INTO score_ranks VALUES(11,11,26.100000000000001421,'Basic','C','Prospect 未成交客户','111',NULL,NULL);
INSERT INTO score_ranks VALUES(12,6,57.200000000000002843,'Potential','B','Loyal 忠诚客户','434','2026-09-30','2026-12-20');
INSERT INTO score_ranks VALUES(13,12,26.100000000000001421,'Basic','C','Prospect 未成交客户','111',NULL,NULL);
INSERT INTO score_ranks VALUES(15,13,26.100000000000001421,'Basic','C','Prospect 未成交客户','111',NULL,NULL);
INSERT INTO score_ranks VALUES(16,14,26.100000000000001421,'Basic','C','Prospect 未成交客户','111',NULL,NULL);
INSERT INTO score_ranks VALUES(17,15,26.100000000000001421,'Basic','C','Prospect 未成交客户','111',NULL,NULL);
CREATE TABLE search_queue (customer_id INTEGER PRIMARY KEY);
CREATE TABLE tag_search_queue (tag_id INTEGER PRIMARY KEY);
CREATE TABLE score_snapshots (
    day         TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    score       REAL,
    tier        TEXT,
    segment     TEXT,
    priority    TEXT,
    PRIMARY KEY (day, customer_id)
) WITHOUT ROWID;
INSERT INTO score_snapshots VALUES('2026-05-31',1,25.10000000000000142,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-05-31',3,57.70000000000000284,'Potential','Potential loyalist 潜力忠诚','B');
INSERT INTO score_snapshots VALUES('2026-05-31',4,78.799999999999997156,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-05-31',5,48.799999999999997156,'Basic','Promising 有望客户','C');
INSERT INTO score_snapshots VALUES('2026-05-31',6,40.10000000000000142,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-05-31',7,43.0,'Basic','Potential loyalist 潜力忠诚','C');
INSERT INTO score_snapshots VALUES('2026-05-31',8,40.299999999999997156,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-06-30',1,23.899999999999998578,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-06-30',3,52.0,'Potential','Potential loyalist 潜力忠诚','B');
INSERT INTO score_snapshots VALUES('2026-06-30',4,80.099999999999994312,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-06-30',5,67.70000000000000284,'Potential','Potential loyalist 潜力忠诚','B');
INSERT INTO score_snapshots VALUES('2026-06-30',6,46.700000000000002841,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-06-30',7,40.799999999999997158,'Basic','Potential loyalist 潜力忠诚','C');
INSERT INTO score_snapshots VALUES('2026-06-30',8,42.200000000000002843,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-07-31',1,28.399999999999998578,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-07-31',3,62.0,'Potential','Champions 冠军客户','B');
INSERT INTO score_snapshots VALUES('2026-07-31',4,83.400000000000005682,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-07-31',5,62.0,'Potential','Loyal 忠诚客户','B');
INSERT INTO score_snapshots VALUES('2026-07-31',6,43.399999999999998578,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-07-31',7,30.499999999999999999,'Basic','Promising 有望客户','C');
INSERT INTO score_snapshots VALUES('2026-07-31',8,32.899999999999998579,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-08-31',1,28.499999999999999999,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-08-31',3,63.299999999999997158,'Potential','Champions 冠军客户','B');
INSERT INTO score_snapshots VALUES('2026-08-31',4,86.499999999999999996,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-08-31',5,63.0,'Potential','Loyal 忠诚客户','B');
INSERT INTO score_snapshots VALUES('2026-08-31',6,40.500000000000000001,'Basic','Can''t lose 不能流失','C');
INSERT INTO score_snapshots VALUES('2026-08-31',7,33.899999999999998578,'Basic','Promising 有望客户','C');
INSERT INTO score_snapshots VALUES('2026-08-31',8,34.700000000000002843,'Basic','At risk 流失风险','C');
INSERT INTO score_snapshots VALUES('2026-09-30',1,47.5,'Basic','Loyal 忠诚客户','C');
INSERT INTO score_snapshots VALUES('2026-09-30',2,31.100000000000001421,'Basic','Prospect 未成交客户','C');
INSERT INTO score_snapshots VALUES('2026-09-30',3,64.499999999999999998,'Potential','Champions 冠军客户','B');
INSERT INTO score_snapshots VALUES('2026-09-30',4,82.90000000000000568,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-09-30',5,58.299999999999997158,'Potential','Potential loyalist 潜力忠诚','B');
INSERT INTO score_snapshots VALUES('2026-09-30',6,35.600000000000001421,'Basic','At risk 流失风险','C');
INSERT INTO score_snapshots VALUES('2026-09-30',7,33.700000000000002841,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-09-30',8,31.199999999999999289,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-10-31',1,43.700000000000002843,'Basic','Loyal 忠诚客户','C');
INSERT INTO score_snapshots VALUES('2026-10-31',2,57.799999999999997156,'Potential','New 新客户','B');
INSERT INTO score_snapshots VALUES('2026-10-31',3,57.299999999999997159,'Potential','Can''t lose 不能流失','B');
INSERT INTO score_snapshots VALUES('2026-10-31',4,84.0,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-10-31',5,64.299999999999997157,'Potential','Potential loyalist 潜力忠诚','B');
INSERT INTO score_snapshots VALUES('2026-10-31',6,31.600000000000001421,'Basic','Lost 流失客户','C');
INSERT INTO score_snapshots VALUES('2026-10-31',7,33.799999999999997158,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-10-31',8,25.30000000000000071,'Basic','Lost 流失客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',1,47.399999999999998579,'Basic','Loyal 忠诚客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',2,62.799999999999997156,'Potential','New 新客户','B');
INSERT INTO score_snapshots VALUES('2026-12-03',4,84.799999999999997159,'Core','Champions 冠军客户','A');
INSERT INTO score_snapshots VALUES('2026-12-03',5,74.200000000000002841,'Core','Loyal 忠诚客户','A');
INSERT INTO score_snapshots VALUES('2026-12-03',6,34.700000000000002843,'Basic','Hibernating 沉睡客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',7,35.700000000000002842,'Basic','Loyal 忠诚客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',8,35.299999999999997156,'Basic','Promising 有望客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',9,64.0,'Potential','New 新客户','B');
INSERT INTO score_snapshots VALUES('2026-12-03',10,64.099999999999994317,'Potential','New 新客户','B');
INSERT INTO score_snapshots VALUES('2026-12-03',11,26.100000000000001421,'Basic','Prospect 未成交客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',12,57.200000000000002843,'Potential','Loyal 忠诚客户','B');
INSERT INTO score_snapshots VALUES('2026-12-03',13,26.100000000000001421,'Basic','Prospect 未成交客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',15,26.100000000000001421,'Basic','Prospect 未成交客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',16,26.100000000000001421,'Basic','Prospect 未成交客户','C');
INSERT INTO score_snapshots VALUES('2026-12-03',17,26.100000000000001421,'Basic','Prospect 未成交客户','C');
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone_e164 ON customers(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX customers_email ON customers(email) WHERE email IS NOT NULL;
CREATE INDEX customers_updated ON customers(updated_at);
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX interactions_customer_time ON interactions(customer_id, occurred_at DESC);
CREATE INDEX interactions_open_due ON interactions(next_action_due)
    WHERE done = 0 AND next_action_due IS NOT NULL;
CREATE INDEX orders_customer_time ON orders(customer_id, ordered_at, amount_minor);
CREATE UNIQUE INDEX tags_category_name ON tags(category, name COLLATE NOCASE);
CREATE INDEX customer_tags_tag ON customer_tags(tag_id, customer_id);
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = OLD.id;
END;
CREATE INDEX customers_active_name ON customers(name, id)
    WHERE deleted_at IS NULL AND merged_into IS NULL;
CREATE INDEX interactions_scoring_time ON interactions(occurred_at, customer_id, sentiment)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_scoring_customer ON interactions(customer_id, occurred_at)
    WHERE deleted_at IS NULL;
CREATE INDEX interactions_open_scoring ON interactions(next_action_due, customer_id, occurred_at)
    WHERE done = 0 AND next_action_due IS NOT NULL AND deleted_at IS NULL;
CREATE TRIGGER tags_fts_delete AFTER DELETE ON tags BEGIN
    DELETE FROM tag_fts WHERE rowid = OLD.id;
END;
CREATE INDEX customers_import ON customers(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX interactions_import ON interactions(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX orders_import ON orders(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX orders_scoring ON orders(customer_id, ordered_at, amount_base_minor, margin_base_minor)
    WHERE deleted_at IS NULL;
CREATE INDEX orders_unconverted ON orders(currency) WHERE amount_base_minor IS NULL AND deleted_at IS NULL;
CREATE TRIGGER orders_base_insert AFTER INSERT ON orders BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE id = NEW.id;
END;
CREATE TRIGGER orders_base_update AFTER UPDATE OF ordered_at, amount_minor, margin_minor, currency ON orders BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE id = NEW.id;
END;
CREATE TRIGGER rates_insert AFTER INSERT ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency = NEW.currency;
END;
CREATE TRIGGER rates_update AFTER UPDATE ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency IN (OLD.currency, NEW.currency);
END;
CREATE TRIGGER rates_delete AFTER DELETE ON rates BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f)) WHERE currency = OLD.currency;
END;
CREATE TRIGGER settings_currency_insert AFTER INSERT ON settings WHEN NEW.key = 'currency' BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE TRIGGER settings_currency_update AFTER UPDATE ON settings
WHEN NEW.key = 'currency' AND NEW.value IS NOT OLD.value BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE TRIGGER settings_currency_delete AFTER DELETE ON settings WHEN OLD.key = 'currency' BEGIN
    UPDATE orders SET (amount_base_minor, margin_base_minor) = (SELECT CASE WHEN orders.amount_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.amount_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.amount_minor) * (f / 1000000000) + (abs(orders.amount_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.amount_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END, CASE WHEN orders.margin_minor IS NULL OR f IS NULL THEN NULL ELSE (CASE WHEN orders.margin_minor < 0 THEN -1 ELSE 1 END) * (abs(orders.margin_minor) * (f / 1000000000) + (abs(orders.margin_minor) / 1000000000) * (f % 1000000000) + ((abs(orders.margin_minor) % 1000000000) * (f % 1000000000) + 500000000) / 1000000000) END FROM (SELECT CASE WHEN orders.currency = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currency') THEN 1000000000 ELSE (
        SELECT CAST(round(CAST(r.rate AS REAL) * 1000000000) AS INTEGER) FROM rates r
        WHERE r.currency = orders.currency AND r.valid_from <= substr(orders.ordered_at, 1, 10)
        ORDER BY r.valid_from DESC LIMIT 1) END AS f));
END;
CREATE INDEX contacts_customer ON contacts(customer_id, is_primary DESC, id);
CREATE UNIQUE INDEX contacts_one_primary ON contacts(customer_id) WHERE is_primary = 1 AND deleted_at IS NULL;
CREATE INDEX contacts_phone_e164 ON contacts(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX contacts_email ON contacts(email) WHERE email IS NOT NULL;
CREATE INDEX contacts_import ON contacts(import_id) WHERE import_id IS NOT NULL;
CREATE INDEX interactions_contact ON interactions(contact_id) WHERE contact_id IS NOT NULL;
CREATE TRIGGER customers_counted_insert AFTER INSERT ON customers BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customers_counted_update AFTER UPDATE ON customers BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customers_counted_delete AFTER DELETE ON customers BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER interactions_counted_insert AFTER INSERT ON interactions BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER interactions_counted_update AFTER UPDATE ON interactions BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER interactions_counted_delete AFTER DELETE ON interactions BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER orders_counted_update AFTER UPDATE ON orders BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER orders_counted_delete AFTER DELETE ON orders BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER tags_counted_insert AFTER INSERT ON tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER tags_counted_update AFTER UPDATE ON tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER tags_counted_delete AFTER DELETE ON tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customer_tags_counted_insert AFTER INSERT ON customer_tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customer_tags_counted_update AFTER UPDATE ON customer_tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customer_tags_counted_delete AFTER DELETE ON customer_tags BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER contacts_counted_insert AFTER INSERT ON contacts BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER contacts_counted_update AFTER UPDATE ON contacts BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER contacts_counted_delete AFTER DELETE ON contacts BEGIN UPDATE book_changes SET counter = counter + 1 WHERE id = 1; END;
CREATE TRIGGER customers_search_queue_update AFTER UPDATE OF
    code, name, phone, phone_e164, email, industry, region, city, notes, street, postcode, country ON customers BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.id);
END;
CREATE TRIGGER contacts_search_queue_update AFTER UPDATE OF
    customer_id, name, title, phone, phone_e164, email, im, is_primary, deleted_at ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (OLD.customer_id);
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.customer_id);
END;
CREATE TRIGGER contacts_search_queue_delete AFTER DELETE ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (OLD.customer_id);
END;
CREATE TRIGGER tags_search_queue_insert AFTER INSERT ON tags BEGIN
    INSERT OR IGNORE INTO tag_search_queue (tag_id) VALUES (NEW.id);
END;
CREATE TRIGGER tags_search_queue_update AFTER UPDATE OF name ON tags BEGIN
    INSERT OR IGNORE INTO tag_search_queue (tag_id) VALUES (NEW.id);
END;
CREATE INDEX orders_payment ON orders(customer_id, due_on, paid_on, paid, ordered_at)
    WHERE deleted_at IS NULL AND (due_on IS NOT NULL OR paid = 0);
CREATE INDEX score_snapshots_customer ON score_snapshots(customer_id, day);
CREATE TRIGGER customers_search_queue_insert AFTER INSERT ON customers BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.id);
END;
CREATE TRIGGER contacts_search_queue_insert AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO search_queue (customer_id) VALUES (NEW.customer_id);
END;
PRAGMA writable_schema=OFF;
COMMIT;
